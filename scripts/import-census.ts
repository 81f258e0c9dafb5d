/**
 * Transcribes the research sheet's Census tables (../shared/research) into the authored trade tables in
 * data/trade/. With --check it only compares and exits 1 when data/trade/ no longer matches the research files.
 *
 * Annual: every year from the annual table, its vintage from `primary_source` (B24 = Jan-2024 country.xlsx,
 * C26 = Oct-2026 country.xlsx). Monthly: the Jan-2024 vintage file through 2019, the 2020–2025 file (C26) after.
 * `revisable` follows Census's rule (scripts/lib/census/revision-policy.ts): after the June 2026 revision, 2024 onward.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asOfMonth, firstRevisableYear } from './lib/census/revision-policy.js';
import { root } from './lib/paths.js';
import { writeOrCheck } from './lib/write-or-check.js';

export const researchDir = join(root, '..', 'shared', 'research');
const FIRST_C26_MONTH_YEAR = 2020;
const VINTAGE_BY_TAG: Record<string, string> = {
  B24: 'census-country-xlsx-2024-01',
  C26: 'census-country-xlsx-2026-10',
};
// Census's rule for the newest vintage (C26, after the June 2026 revision): 2024 onward may still change.
const FIRST_REVISABLE_YEAR = firstRevisableYear(asOfMonth(Object.values(VINTAGE_BY_TAG)));

function rows(file: string): string[][] {
  return readFileSync(join(researchDir, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

function vintageOf(tag: string | undefined): string {
  const id = tag === undefined ? undefined : VINTAGE_BY_TAG[tag];
  if (id === undefined) throw new Error(`unknown vintage tag ${String(tag)}`);
  return id;
}

/** The authored tables as they should read, from the research files. */
export function transcribe(): { annual: string; monthly: string } {
  const annual = rows('census-goods-mexico-annual.csv').map(([year, exports, imports, , , tag]) =>
    [year, exports, imports, vintageOf(tag), Number(year) >= FIRST_REVISABLE_YEAR].join(','),
  );
  const early = rows('census-goods-mexico-monthly-1985-2023-jan2024-vintage.csv')
    .filter(([, date]) => Number(date?.slice(0, 4)) < FIRST_C26_MONTH_YEAR)
    .map(([, date, , imports, exports]) => [date?.slice(0, 7), exports, imports, vintageOf('B24'), false].join(','));
  const late = rows('census-goods-mexico-monthly-2020-2025.csv').map(([year, month, exports, imports]) =>
    [`${year}-${month}`, exports, imports, vintageOf('C26'), Number(year) >= FIRST_REVISABLE_YEAR].join(','),
  );
  return {
    annual: `${['year,exports_musd,imports_musd,vintage,revisable', ...annual].join('\n')}\n`,
    monthly: `${['month,exports_musd,imports_musd,vintage,revisable', ...early, ...late].join('\n')}\n`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tables = transcribe();
  writeOrCheck({
    files: new Map([
      [join(root, 'data/trade/annual.csv'), tables.annual],
      [join(root, 'data/trade/monthly.csv'), tables.monthly],
    ]),
    fix: 'npm run import:census (data/trade differs from ../shared/research)',
  });
}
