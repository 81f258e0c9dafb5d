import { describe, expect, it } from 'vitest';
import {
  cite,
  comments,
  figures,
  getFigure,
  getSource,
  InvalidArgumentError,
  InvalidRangeError,
  NotFoundError,
  sourcesFor,
  stanceSummary,
  requireInitiative,
} from '../src/index.js';
import { sources } from '../src/generated/sources.js';

describe('figures', () => {
  it('keeps each figure’s qualifier', () => {
    expect(getFigure('visa-revocations-2025')?.quantity).toEqual({ value: 50, unit: 'people', qualifier: 'at-least' });
    expect(getFigure('goods-trade-2023-brief')?.quantity).toEqual({
      value: 799_000_000_000,
      unit: 'usd',
      qualifier: 'approximately',
    });
    expect(getFigure('cartel-transfers-2025')?.quantity.value).toBe(55);
    expect(getFigure('etrace-mexican-states')?.quantity.value).toBe(32);
    expect(getFigure('nope')).toBeUndefined();
  });
  it('filters by subject, domain and date range', () => {
    expect(figures({ subject: 'cartel-transfers', from: '2025', to: '2025' }).map((f) => f.quantity.value)).toEqual([
      55, 29, 26,
    ]);
    expect(figures({ subject: 'goods-trade-rank' }).map((f) => f.date)).toEqual(['2019', '2022', '2023', '2024']);
    for (const figure of figures({ domain: 'trade' })) expect(figure.domains).toContain('trade');
    expect(figures({ from: '2026-01-20' }).map((f) => f.id)).toEqual([
      'cartel-transfers-2026-01',
      'cartel-transfers-cumulative-2026-01',
    ]);
    expect(() => figures({ subject: 'gdp' as never })).toThrow(InvalidArgumentError);
    expect(() => figures({ from: '2026', to: '2025' })).toThrow(InvalidRangeError);
  });
});

describe('sources and citations', () => {
  it('resolves citations of any record, by record, id or trade year', () => {
    const byId = sourcesFor('visa-revocations-2025');
    expect(byId[0]?.source.id).toBe('reuters-2025-10-14-visas-newsmax');
    expect(byId.find((c) => c.source.id === 'brief')?.quote).toContain('at least 50 Mexican officials');
    expect(sourcesFor(requireInitiative('usmca')).map((c) => c.source.id)).toEqual(
      sourcesFor('usmca').map((c) => c.source.id),
    );
    expect(sourcesFor(2023).map((c) => c.source.id)).toEqual(['census-country-xlsx-2026-10']);
    expect(sourcesFor(1990).map((c) => c.source.id)).toEqual(['census-country-xlsx-2024-01']);
    expect(getSource('brief')?.kind).toBe('brief');
    expect(getSource('census-country-xlsx-2026-10')?.url).toBe(
      'https://www.census.gov/foreign-trade/balance/country.xlsx',
    );
  });
  it('cites as numbered text or a Markdown list, in English or Spanish, once per source', () => {
    const text = cite('usmca-entry-into-force').split('\n');
    // Read in a copy whose original's address is not known: the copy is named after the date.
    expect(text[0]).toBe(
      '1. Congressional Research Service. "The United States-Mexico-Canada Agreement (USMCA)". July 27, 2020. Read at docslib.org, https://docslib.org/doc/6071620/the-united-states-mexico-canada-agreement-usmca',
    );
    // The brief is the origin of some claims, so it is cited, but never before a stronger source.
    expect(text.at(-1)).toBe(
      `${text.length}. us-mexico-relations source brief. "Strengthening Bilateral Security Cooperation". undated`,
    );
    expect(new Set(text.map((line) => line.replace(/^\d+\. /, ''))).size).toBe(text.length);
    expect(cite('usmca-entry-into-force', { lang: 'es' })).toContain('1 de julio de 2020');
    const markdown = cite('visa-revocations-2025', { style: 'markdown' }).split('\n');
    // A page without a headline is cited by its publisher, linked, and no title is made up for it.
    expect(markdown[0]).toMatch(/^- \[Reuters \(via Newsmax\)\]\(https:\/\/rss\.newsmax\.com\/.*\), October 14, 2025$/);
    expect(markdown[1]).toMatch(
      /^- \[NewsNation, \*US revokes visas for 50 Mexican officials\*\]\(https:.*\), undated$/,
    );
  });
  it('date at least three sources in four and name the publisher of every one', () => {
    const all = sources();
    const dated = all.filter((s) => s.published !== undefined);
    expect(dated.length / all.length).toBeGreaterThanOrEqual(0.75);
    expect(all.filter((s) => s.publisher.trim() === '').map((s) => s.id)).toEqual([]);
  });
  it('make up no title: none is a bracketed summary, and a page that shows none says so instead', () => {
    const all = sources();
    expect(all.filter((s) => s.title?.startsWith('[')).map((s) => s.id)).toEqual([]);
    expect(all.filter((s) => (s.title === undefined) === (s.untitled === undefined)).map((s) => s.id)).toEqual([]);
  });
  it('rejects unknown ids, wrong types and bad options', () => {
    expect(() => cite('nope')).toThrow(NotFoundError);
    expect(() => sourcesFor('__proto__')).toThrow("No record matches '__proto__'.");
    expect(() => sourcesFor(1900)).toThrow(NotFoundError);
    expect(() => sourcesFor(2023.5)).toThrow(InvalidArgumentError);
    expect(() => cite(true as never)).toThrow(InvalidArgumentError);
    expect(() => cite('usmca', { style: 'mla' as never })).toThrow("style must be one of 'text', 'markdown', 'apa'");
    expect(() => sourcesFor({ sources: [{ source: 'ghost' }] })).toThrow("No source matches 'ghost'.");
  });
});

describe('comments', () => {
  it('are the five comments in page order, with editorial stances', () => {
    expect(comments().map((c) => c.author)).toEqual([
      'dedus mopedus',
      'ytkonos',
      'lettlelenok',
      'Michelangelo',
      'Bella Ciao',
    ]);
    expect(comments().every((c) => c.stance.basis === 'editorial')).toBe(true);
    expect(comments()[0]?.text).toBe('Marco Rubio? This just sounds like more aggressive US intervention.');
    expect(stanceSummary()).toEqual({ supportive: 2, skeptical: 2, critical: 1 });
  });
});
