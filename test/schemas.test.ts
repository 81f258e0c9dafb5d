import { describe, expect, it } from 'vitest';
import {
  ActorSchema,
  CitationsSchema,
  CommentSchema,
  EventSchema,
  FigureSchema,
  InitiativeSchema,
  LocalizedTextSchema,
  PartialDateSchema,
  PlaceSchema,
  QuantitySchema,
  SourceSchema,
  TradeMonthSchema,
  TradeYearSchema,
} from '../src/schemas/index.js';
import { codesOf, issuesOf } from './helpers/issues.js';

const text = { en: 'Text', es: 'Texto' };
const names = { en: [], es: [] };
const cites = [{ source: 'brief' }];

const validEvent = {
  id: 'usmca-entry-into-force',
  date: '2020-07-01',
  kind: 'entry-into-force',
  title: text,
  summary: text,
  domains: ['trade'],
  initiatives: ['usmca'],
  actors: [],
  places: [],
  figures: [],
  sources: cites,
};
const validInitiative = {
  id: 'usmca',
  kind: 'agreement',
  name: text,
  acronyms: { en: ['USMCA'], es: ['T-MEC'] },
  aliases: names,
  summary: text,
  domains: ['trade'],
  parties: ['US', 'MX', 'CA'],
  status: 'active',
  start: '2020-07-01',
  replaces: ['nafta'],
  leadActors: [],
  components: [{ id: 'pillar-one', kind: 'pillar', name: text }],
  sources: cites,
};
const validSource = {
  id: 'crs-report',
  title: 'A report',
  publisher: 'CRS',
  url: 'https://example.org/report',
  kind: 'official',
  published: '2020-07',
  language: 'en',
};
const validActor = {
  id: 'claudia-sheinbaum',
  kind: 'person',
  name: text,
  acronyms: names,
  aliases: names,
  country: 'MX',
  offices: [{ role: 'president-of-mexico', title: text, from: '2024-10-01', acting: false, sources: cites }],
  sources: cites,
};
const validPlace = {
  id: 'mx-nle',
  country: 'MX',
  iso31662: 'MX-NLE',
  inegi: '19',
  name: { en: 'Nuevo León', es: 'Nuevo León' },
  officialName: 'Nuevo León',
  abbreviation: 'NL',
  aliases: [],
  capital: { en: 'Monterrey', es: 'Monterrey' },
  onUsMexicoBorder: true,
  sources: cites,
};
const validFigure = {
  id: 'visa-revocations-2025',
  subject: 'visa-revocations',
  label: text,
  date: '2025-10',
  quantity: { value: 50, unit: 'people', qualifier: 'at-least' },
  domains: ['security'],
  sources: cites,
};
const validComment = {
  id: 'comment-1',
  position: 1,
  author: 'someone',
  text: 'A comment.',
  language: 'en',
  stance: { value: 'critical', basis: 'editorial' },
  themes: ['sovereignty'],
  sources: cites,
};
const validYear = { year: 2023, exportsUsd: 1, importsUsd: 2, vintage: 'census', revisable: true, sources: cites };

describe('valid records pass', () => {
  it.each([
    ['event', EventSchema, validEvent],
    ['initiative', InitiativeSchema, validInitiative],
    ['source', SourceSchema, validSource],
    ['actor', ActorSchema, validActor],
    ['place', PlaceSchema, validPlace],
    ['figure', FigureSchema, validFigure],
    ['comment', CommentSchema, validComment],
    ['trade year', TradeYearSchema, validYear],
  ] as const)('%s', (_, schema, value) => {
    expect(issuesOf(schema, value)).toEqual([]);
  });
});

describe('PartialDate', () => {
  it.each(['2025', '2025-09', '2025-09-03', '2024-02-29'])('accepts %s', (value) => {
    expect(issuesOf(PartialDateSchema, value)).toEqual([]);
  });
  it.each([
    ['2025-02-30', ': is not a real calendar date'],
    ['2023-02-29', ': is not a real calendar date'],
    ['2025-13', ': is not a real calendar date'],
    ['2025-00', ': is not a real calendar date'],
    ['2025-9', ': must be YYYY, YYYY-MM or YYYY-MM-DD'],
    ['September 2025', ': must be YYYY, YYYY-MM or YYYY-MM-DD'],
    ['', ': must be YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('rejects %j', (value, message) => {
    expect(issuesOf(PartialDateSchema, value)).toContain(message);
  });
});

describe('building blocks', () => {
  it('requires non-empty Spanish and English text', () => {
    expect(issuesOf(LocalizedTextSchema, { en: 'Text', es: '' })).toEqual(['es: must not be empty']);
    expect(issuesOf(LocalizedTextSchema, { en: '   ', es: 'Texto' })).toEqual(['en: must not be empty']);
    expect(codesOf(LocalizedTextSchema, { en: 'Text' })).toEqual(['es: invalid_type']);
  });
  it('rejects an unknown qualifier and fractional dollars', () => {
    expect(codesOf(QuantitySchema, { value: 50, unit: 'people', qualifier: 'roughly' })[0]).toBe(
      'qualifier: invalid_value',
    );
    expect(issuesOf(QuantitySchema, { value: 1.5, unit: 'usd', qualifier: 'exact' })).toEqual([
      'value: a usd value must be a whole number',
    ]);
    expect(codesOf(QuantitySchema, { value: Number.POSITIVE_INFINITY, unit: 'count', qualifier: 'exact' })).toContain(
      'value: invalid_type',
    );
  });
  it('requires at least one citation', () => {
    expect(issuesOf(CitationsSchema, [])).toEqual([': every record cites at least one source']);
    expect(issuesOf(CitationsSchema, [{ source: 'Not An Id' }])).toEqual([
      '0.source: must be a kebab-case id (a-z, 0-9, single hyphens)',
    ]);
  });
});

describe('Source', () => {
  it('takes http and https addresses, as originals were published, and nothing else', () => {
    expect(issuesOf(SourceSchema, { ...validSource, url: 'http://example.org/report' })).toEqual([]);
    expect(issuesOf(SourceSchema, { ...validSource, url: 'ftp://example.org/report' })).toEqual([
      'url: must be an http or https URL',
    ]);
  });
  it('has a title as published or says why it has none, never both', () => {
    const { title: _title, ...untitled } = validSource;
    expect(issuesOf(SourceSchema, untitled)).toEqual(['title: give either a title or, when there is none, untitled']);
    expect(issuesOf(SourceSchema, { ...untitled, untitled: 'A page without a headline.' })).toEqual([]);
    expect(issuesOf(SourceSchema, { ...validSource, untitled: 'A page without a headline.' })).toEqual([
      'title: give either a title or, when there is none, untitled',
    ]);
  });
  it('keeps the copy that was read apart from the original, and never the same address twice', () => {
    expect(issuesOf(SourceSchema, { ...validSource, copyUrl: 'https://mirror.example.org/report' })).toEqual([]);
    expect(issuesOf(SourceSchema, { ...validSource, copyUrl: validSource.url })).toEqual([
      'copyUrl: is the original itself: leave it out',
    ]);
  });
  it('takes any ISO 639-1 language code', () => {
    expect(issuesOf(SourceSchema, { ...validSource, language: 'pt' })).toEqual([]);
    expect(issuesOf(SourceSchema, { ...validSource, language: 'spanish' })).toEqual([
      'language: must be a two-letter ISO 639-1 language code',
    ]);
  });
  it('requires a url except for the brief', () => {
    const { url: _url, ...withoutUrl } = validSource;
    expect(issuesOf(SourceSchema, withoutUrl)).toEqual(['url: is required for every source but the brief']);
    expect(issuesOf(SourceSchema, { ...withoutUrl, kind: 'brief' })).toEqual([]);
  });
  it('rejects an unknown kind and a wrong published date', () => {
    expect(codesOf(SourceSchema, { ...validSource, kind: 'blog' })[0]).toBe('kind: invalid_value');
    expect(issuesOf(SourceSchema, { ...validSource, published: '2021-02-29' })).toEqual([
      'published: is not a real calendar date',
    ]);
  });
});

describe('Event', () => {
  it('rejects a wrong date, missing sources, an unknown domain and extra fields', () => {
    expect(issuesOf(EventSchema, { ...validEvent, date: '2025-02-30' })).toEqual(['date: is not a real calendar date']);
    expect(issuesOf(EventSchema, { ...validEvent, sources: [] })).toEqual([
      'sources: every record cites at least one source',
    ]);
    const { sources: _sources, ...withoutSources } = validEvent;
    expect(codesOf(EventSchema, withoutSources)).toEqual(['sources: invalid_type']);
    expect(codesOf(EventSchema, { ...validEvent, domains: ['sports'] })[0]).toBe('domains.0: invalid_value');
    expect(codesOf(EventSchema, { ...validEvent, domains: [] })).toEqual(['domains: too_small']);
    expect(codesOf(EventSchema, { ...validEvent, venue: 'x' })).toEqual([': unrecognized_keys']);
  });
  it('rejects empty Spanish text and a non-kebab id', () => {
    expect(issuesOf(EventSchema, { ...validEvent, title: { en: 'Title', es: '' } })).toEqual([
      'title.es: must not be empty',
    ]);
    expect(issuesOf(EventSchema, { ...validEvent, id: 'USMCA_EIF' })).toEqual([
      'id: must be a kebab-case id (a-z, 0-9, single hyphens)',
    ]);
  });
});

describe('Initiative', () => {
  it('rejects a bad party code, status and component kind', () => {
    expect(issuesOf(InitiativeSchema, { ...validInitiative, parties: ['USA'] })).toEqual([
      'parties.0: must be an ISO 3166-1 alpha-2 code',
    ]);
    expect(codesOf(InitiativeSchema, { ...validInitiative, status: 'paused' })[0]).toBe('status: invalid_value');
    expect(
      issuesOf(InitiativeSchema, { ...validInitiative, components: [{ id: 'x', kind: 'wish', name: text }] })[0],
    ).toMatch(/^components\.0\.kind: Invalid option/);
    expect(issuesOf(InitiativeSchema, { ...validInitiative, start: '2020-7-1' })).toEqual([
      'start: must be YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });
  it('requires both acronym lists', () => {
    expect(codesOf(InitiativeSchema, { ...validInitiative, acronyms: { en: ['USMCA'] } })).toEqual([
      'acronyms.es: invalid_type',
    ]);
  });
});

describe('Actor', () => {
  it('rejects an office with a bad date or no sources', () => {
    const office = validActor.offices[0];
    expect(issuesOf(ActorSchema, { ...validActor, offices: [{ ...office, from: '2024-10-32' }] })).toEqual([
      'offices.0.from: is not a real calendar date',
    ]);
    expect(issuesOf(ActorSchema, { ...validActor, offices: [{ ...office, sources: [] }] })).toEqual([
      'offices.0.sources: every record cites at least one source',
    ]);
    expect(codesOf(ActorSchema, { ...validActor, kind: 'cartel' })[0]).toBe('kind: invalid_value');
  });
});

describe('Place', () => {
  it('ties the id, the ISO code, the country and the INEGI code together', () => {
    expect(issuesOf(PlaceSchema, { ...validPlace, id: 'mx-nl' })).toEqual([
      "id: must be the lower-cased ISO code 'mx-nle'",
    ]);
    expect(issuesOf(PlaceSchema, { ...validPlace, iso31662: 'MX-nle' })).toEqual([
      'iso31662: must be an ISO 3166-2 code such as MX-CMX',
    ]);
    const { inegi: _inegi, ...withoutInegi } = validPlace;
    expect(issuesOf(PlaceSchema, withoutInegi)).toEqual(['inegi: is required for Mexican entities and only for them']);
    const { officialName: _name, ...withoutName } = validPlace;
    expect(issuesOf(PlaceSchema, withoutName)).toEqual([
      'officialName: is required for Mexican entities and only for them',
    ]);
    expect(issuesOf(PlaceSchema, { ...validPlace, inegi: '7' })).toEqual(['inegi: must be a two-digit INEGI code']);
  });
});

describe('Figure', () => {
  it('rejects an unknown qualifier, subject and trade measure', () => {
    expect(
      issuesOf(FigureSchema, { ...validFigure, quantity: { value: 50, unit: 'people', qualifier: 'about' } })[0],
    ).toMatch(/^quantity\.qualifier: Invalid option/);
    expect(codesOf(FigureSchema, { ...validFigure, subject: 'weather' })[0]).toBe('subject: invalid_value');
    expect(
      issuesOf(FigureSchema, { ...validFigure, trade: { year: 2023, measure: 'gdp', release: 'revised' } })[0],
    ).toMatch(/^trade\.measure: Invalid option/);
    expect(
      codesOf(FigureSchema, { ...validFigure, trade: { year: 1970, measure: 'total', release: 'revised' } }),
    ).toEqual(['trade.year: too_small']);
  });
});

describe('Comment', () => {
  it('marks the stance as editorial and only editorial', () => {
    expect(codesOf(CommentSchema, { ...validComment, stance: { value: 'critical', basis: 'author' } })).toEqual([
      'stance.basis: invalid_value',
    ]);
    expect(codesOf(CommentSchema, { ...validComment, stance: { value: 'angry', basis: 'editorial' } })[0]).toBe(
      'stance.value: invalid_value',
    );
    expect(codesOf(CommentSchema, { ...validComment, position: 0 })).toEqual(['position: too_small']);
  });
});

describe('TradeYear and TradeMonth', () => {
  it('rejects fractional or negative dollars and a bad month', () => {
    expect(codesOf(TradeYearSchema, { ...validYear, exportsUsd: 1.5 })).toEqual(['exportsUsd: invalid_type']);
    expect(codesOf(TradeYearSchema, { ...validYear, importsUsd: -1 })).toEqual(['importsUsd: too_small']);
    const { year: _year, ...flows } = validYear;
    expect(issuesOf(TradeMonthSchema, { ...flows, month: '2025-13' })).toEqual(['month: must be YYYY-MM']);
    expect(issuesOf(TradeMonthSchema, { ...flows, month: '2025-12' })).toEqual([]);
  });
});
