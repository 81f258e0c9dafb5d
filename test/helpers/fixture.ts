import { DATASET_NAMES, type Dataset, type DatasetName } from '../../scripts/lib/dataset.js';

const text = (en: string) => ({ en, es: `${en} (es)` });
const names = () => ({ en: [], es: [] });

function months(year: number, exportsUsd: number, importsUsd: number, vintage: string) {
  return Array.from({ length: 12 }, (_, i) => ({
    month: `${year}-${String(i + 1).padStart(2, '0')}`,
    exportsUsd,
    importsUsd,
    vintage,
    revisable: true,
    sources: [{ source: vintage }],
  }));
}

/**
 * A small dataset that passes every integrity check; tests break one thing at a time. A dataset with no records here
 * is empty, so that adding a dataset to the table needs no change to this fixture.
 */
export function validFixture(): Dataset {
  const empty = Object.fromEntries(DATASET_NAMES.map((name) => [name, []])) as Record<DatasetName, never[]>;
  return structuredClone({
    ...empty,
    sources: [
      { id: 'brief', title: 'Brief', publisher: 'Project', kind: 'brief', language: 'en' },
      {
        id: 'census-2025-01',
        title: 'Census',
        publisher: 'Census Bureau',
        url: 'https://example.org/census',
        kind: 'dataset',
        language: 'en',
      },
    ],
    initiatives: [
      {
        id: 'nafta',
        kind: 'agreement',
        name: text('NAFTA agreement'),
        acronyms: { en: ['NAFTA'], es: ['TLCAN'] },
        aliases: names(),
        summary: text('Old'),
        domains: ['trade'],
        parties: ['US', 'MX', 'CA'],
        status: 'replaced',
        start: '1994-01-01',
        end: '2020-06-30',
        replaces: [],
        leadActors: [],
        components: [],
        sources: [{ source: 'brief' }],
      },
      {
        id: 'usmca',
        kind: 'agreement',
        name: text('USMCA agreement'),
        acronyms: { en: ['USMCA'], es: ['T-MEC'] },
        aliases: names(),
        summary: text('New'),
        domains: ['trade'],
        parties: ['US', 'MX', 'CA'],
        status: 'active',
        start: '2020-07-01',
        replaces: ['nafta'],
        leadActors: ['claudia-sheinbaum'],
        components: [{ id: 'pillar-a', kind: 'pillar', name: text('A') }],
        sources: [{ source: 'brief' }],
      },
    ],
    events: [
      {
        id: 'usmca-eif',
        date: '2020-07-01',
        kind: 'entry-into-force',
        title: text('In force'),
        summary: text('In force.'),
        domains: ['trade'],
        initiatives: ['usmca'],
        actors: [],
        places: ['mx-cmx'],
        figures: ['trade-2023'],
        sources: [{ source: 'brief' }],
      },
      {
        id: 'visit',
        date: '2025-09',
        kind: 'visit',
        title: text('Visit'),
        summary: text('A visit.'),
        domains: ['security'],
        initiatives: [],
        actors: ['claudia-sheinbaum'],
        places: [],
        figures: [],
        sources: [{ source: 'brief' }],
      },
    ],
    actors: [
      {
        id: 'andres-manuel-lopez-obrador',
        kind: 'person',
        name: text('AMLO'),
        acronyms: names(),
        aliases: names(),
        country: 'MX',
        offices: [
          {
            role: 'president-of-mexico',
            title: text('President'),
            from: '2018-12-01',
            to: '2024-09-30',
            acting: false,
            sources: [{ source: 'brief' }],
          },
        ],
        sources: [{ source: 'brief' }],
      },
      {
        id: 'claudia-sheinbaum',
        kind: 'person',
        name: text('Claudia Sheinbaum'),
        acronyms: names(),
        aliases: names(),
        country: 'MX',
        offices: [
          {
            role: 'president-of-mexico',
            title: text('President'),
            from: '2024-10-01',
            acting: false,
            sources: [{ source: 'brief' }],
          },
        ],
        sources: [{ source: 'brief' }],
      },
    ],
    roles: [
      {
        id: 'president-of-mexico',
        name: text('President of Mexico'),
        country: 'MX',
        coverage: { from: '2018-12-01' },
        gaps: [],
        sources: [{ source: 'brief' }],
      },
    ],
    places: [
      {
        id: 'mx-cmx',
        country: 'MX',
        iso31662: 'MX-CMX',
        inegi: '09',
        name: { en: 'Mexico City', es: 'Ciudad de México' },
        officialName: 'Ciudad de México',
        abbreviation: 'CDMX',
        aliases: [],
        onUsMexicoBorder: false,
        sources: [{ source: 'brief' }],
      },
    ],
    figures: [
      {
        id: 'trade-2023',
        subject: 'goods-trade',
        label: text('Trade 2023'),
        date: '2023',
        quantity: { value: 795, unit: 'usd', qualifier: 'approximately' },
        domains: ['trade'],
        trade: { year: 2023, measure: 'total', release: 'first-release' },
        sources: [{ source: 'brief' }],
      },
    ],
    comments: [
      {
        id: 'comment-1',
        position: 1,
        author: 'someone',
        text: 'Hi.',
        language: 'en',
        stance: { value: 'supportive', basis: 'editorial' },
        themes: ['cooperation'],
        sources: [{ source: 'brief' }],
      },
    ],
    tradeYears: [
      {
        year: 2023,
        exportsUsd: 360,
        importsUsd: 432,
        vintage: 'census-2025-01',
        revisable: true,
        sources: [{ source: 'census-2025-01' }],
      },
      {
        year: 2024,
        exportsUsd: 372,
        importsUsd: 444,
        vintage: 'census-2025-01',
        revisable: true,
        sources: [{ source: 'census-2025-01' }],
      },
    ],
    tradeMonths: [...months(2023, 30, 36, 'census-2025-01'), ...months(2024, 31, 37, 'census-2025-01')],
    tradeVintages: [
      {
        period: '2023',
        exportsUsd: 350,
        importsUsd: 430,
        vintage: 'brief',
        release: 'first-release',
        sources: [{ source: 'brief' }],
      },
    ],
    encounters: [],
    remittances: [],
    fdi: [],
  }) as Dataset;
}
