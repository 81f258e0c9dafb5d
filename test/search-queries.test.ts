/**
 * The search query set: queries phrased as users phrase them, in English and Spanish (verb and noun forms,
 * plurals, missing accents, acronyms in either language, typos), each with the record it must return among its
 * first three hits. Prints recall@3 per language and fails below 95%. Write new queries against records that
 * exist and keep each expected id stable; never against how many records there are.
 */
import { describe, expect, it } from 'vitest';
import { search } from '../src/search/index.js';

type Case = readonly [query: string, id: string];

const ENGLISH: readonly Case[] = [
  ['visa revocations', 'visa-revocations-reported'],
  ['revoked visas', 'visa-revocations-2025'],
  ['USMCA treaty', 'usmca'],
  ['USMCA signing ceremony', 'usmca-signed'],
  ['Sheinbam', 'claudia-sheinbaum'],
  ['cartel transfers 2025', 'cartel-transfers-2025'],
  ['Mexico transferred prisoners', 'cartel-transfer-2026-01'],
  ['NAFTA', 'nafta'],
  ['north american free trade', 'nafta'],
  ['Merida Initiative', 'merida-initiative'],
  ['mission firewall', 'mission-firewall'],
  ['firearm trafficking', 'mission-firewall'],
  ['high level economic dialog', 'hled'],
  ['HLED relaunched', 'hled-relaunch-meeting'],
  ['security dialogue', 'high-level-security-dialogue'],
  ['bicentennial framework', 'bicentennial-framework'],
  // A known miss: the three pledge and deployment records match all three words and rank above the agency.
  ['national guard troops', 'guardia-nacional'],
  ['troops pledged northern border', 'national-guard-pledge'],
  ['foreign aid paused', 'usaid-foreign-aid-pause'],
  ['USAID programs canceled', 'usaid-programs-cancelled'],
  ['Baja California governor visa', 'baja-california-governor-visa-revoked'],
  ['foreign secretary medical leave', 'de-la-fuente-medical-leave'],
  ['Rubio visits Mexico', 'rubio-visit-joint-statement'],
  ['State Department', 'us-department-of-state'],
  ['homeland security', 'dhs'],
  ["Mexico's attorney general", 'fgr'],
  ['Lopez Obrador', 'andres-manuel-lopez-obrador'],
  ['AMLO', 'andres-manuel-lopez-obrador'],
  ['Mexico City', 'mx-cmx'],
  ['New Mexico', 'us-nm'],
  ['goods imports 2023', 'goods-trade-2023-imports-first-release'],
  ['trading partners rank 2024', 'goods-trade-rank-2024'],
  ['illicit finance', 'illicit-finance-working-group'],
  ['root causes of migration', 'arco'],
  ['USMCA entered into force', 'usmca-entry-into-force'],
  ['ministry of foreign relations', 'sre'],
  ['sowing opportunities', 'sembrando-oportunidades'],
  ['etrace firearms tracing', 'etrace'],
  ['suspicious air shipment', 'air-shipments-platform'],
  ['Michoacan', 'mx-mic'],
  ['T-MEC', 'usmca'],
  ['Secruity Implementation Group', 'security-implementation-group'],
  ['Ebrard', 'marcelo-ebrard'],
];

const SPANISH: readonly Case[] = [
  ['revocación de visas', 'visa-revocations-reported'],
  ['revocacion de visas', 'visa-revocations-reported'],
  ['visas revocadas', 'visa-revocations-reported'],
  ['revocó visas', 'visa-revocations-reported'],
  ['traslado de reos', 'cartel-transfer-2026-01'],
  ['trasladados en agosto', 'cartel-transfers-2025-08'],
  ['secretario de relaciones exteriores', 'sre'],
  ['Secretaria de Relaciones Exteriores', 'sre'],
  ['TLCAN', 'nafta'],
  ['tratado de libre comercio', 'nafta'],
  ['T-MEC', 'usmca'],
  ['tratado T-MEC', 'usmca'],
  ['firma del T-MEC ceremonia', 'usmca-signed'],
  ['entrada en vigor del TMEC', 'usmca-entry-into-force'],
  ['iniciativa merida', 'merida-initiative'],
  ['mision cortafuegos', 'mission-firewall'],
  ['tráfico de armas', 'mission-firewall'],
  ['dialogo economico de alto nivel', 'hled'],
  // A known miss: every HLED meeting since the relaunch mentions "relanzamiento" and ranks alongside it.
  ['relanzamiento del DEAN', 'hled-relaunch-agreed'],
  ['diálogo de seguridad', 'high-level-security-dialogue'],
  ['entendimiento bicentenario', 'bicentennial-framework'],
  ['elementos de la guardia nacional en la frontera', 'national-guard-pledge'],
  ['gobernadora de baja california visa', 'baja-california-governor-visa-revoked'],
  ['canciller licencia medica', 'de-la-fuente-medical-leave'],
  ['visita de Rubio', 'rubio-visit-joint-statement'],
  ['Departamento de Estado', 'us-department-of-state'],
  ['fiscalia general de la republica', 'fgr'],
  ['Andres Manuel', 'andres-manuel-lopez-obrador'],
  ['ciudad de mexico', 'mx-cmx'],
  ['estado de mexico', 'mx-mex'],
  ['importaciones de bienes 2023', 'goods-trade-2023-imports-first-release'],
  ['lugar de México entre socios comerciales 2024', 'goods-trade-rank-2024'],
  ['finanzas ilícitas', 'illicit-finance-working-group'],
  ['causas de fondo', 'arco'],
  ['cooperacion para el desarrollo', 'usaid-amexcid-partnership'],
  ['pausa de la asistencia', 'usaid-foreign-aid-pause'],
  ['programas cancelados de USAID', 'usaid-programs-cancelled'],
  ['Sheinbaun', 'claudia-sheinbaum'],
  ['Queretaro', 'mx-que'],
  ['nuevo mexico', 'us-nm'],
  ['envíos aéreos sospechosos', 'air-shipments-platform'],
  ['grupo de implementacion de seguridad', 'security-implementation-group'],
  ['secretaría de economía', 'secretaria-de-economia'],
  ['agencia mexicana de cooperacion', 'amexcid'],
  ['USMCA', 'usmca'],
];

describe('the cases of the issue', () => {
  const ids = (query: string, lang = 'es') => search(query, { lang: lang as 'es' }).map((hit) => hit.id);
  it('finds Spanish verb and noun forms alike', () => {
    for (const query of ['revocación de visas', 'visas revocadas', 'revocó visas', 'revocacion visas'])
      expect(ids(query).slice(0, 3)).toContain('visa-revocations-reported');
    for (const query of ['traslado', 'traslada', 'trasladados'])
      expect(ids(query)).toEqual(
        expect.arrayContaining(['cartel-transfer-2025-02', 'cartel-transfer-2025-08', 'cartel-transfer-2026-01']),
      );
  });
  it('still answers when one word is unknown, ranking full matches first, and forgives a typo', () => {
    // 'review' matches no record today (so the query used to find nothing); with a joint-review event in the data,
    // that event is the better answer. Either way the first hit is a USMCA record.
    expect(ids('USMCA review', 'en')[0]).toMatch(/^usmca/);
    expect(ids('revisión del T-MEC')[0]).toMatch(/^usmca/);
    const hits = search('usmca zzzzqqq');
    expect(hits[0]).toMatchObject({ id: 'usmca', matched: 1 });
    expect(search('usmca signed')[0]).toMatchObject({ id: 'usmca-signed', matched: 2 });
    expect(ids('Sheinbam', 'en').slice(0, 3)).toContain('claudia-sheinbaum');
    expect(ids('MEXICO', 'en')).toEqual(ids('méxico', 'en'));
  });
});

function recall(cases: readonly Case[], lang: string): { recall: number; misses: string[] } {
  const misses = cases
    .filter(([query, id]) => !search(query, { lang: lang as 'en', limit: 3 }).some((hit) => hit.id === id))
    .map(
      ([query, id]) =>
        `${query} -> ${id} (got ${
          search(query, { limit: 3 })
            .map((h) => h.id)
            .join(', ') || 'nothing'
        })`,
    );
  return { recall: (cases.length - misses.length) / cases.length, misses };
}

describe('search query set', () => {
  it('has at least 60 queries, half or so in each language', () => {
    expect(ENGLISH.length + SPANISH.length).toBeGreaterThanOrEqual(60);
    expect(Math.min(ENGLISH.length, SPANISH.length)).toBeGreaterThanOrEqual(30);
  });
  it.each([
    { name: 'English', cases: ENGLISH, lang: 'en-US' },
    { name: 'Spanish', cases: SPANISH, lang: 'es-MX' },
  ] as const)('$name: recall@3 is at least 95%', ({ name, cases, lang }) => {
    const result = recall(cases, lang);
    console.log(
      `search recall@3 ${name}: ${(result.recall * 100).toFixed(1)}% of ${cases.length} queries` +
        (result.misses.length > 0 ? `; misses:\n  ${result.misses.join('\n  ')}` : ''),
    );
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
  });
});
