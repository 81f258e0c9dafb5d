/**
 * Reads data/trade/vintages.csv, the append-only history of earlier values of trade periods:
 * `period,exports_musd,imports_musd,total_musd,vintage,release`, values in $ millions (one decimal, as Census
 * publishes them), blank where the source gives no value.
 */

/** The header of data/trade/vintages.csv. */
export const VINTAGES_HEADER = 'period,exports_musd,imports_musd,total_musd,vintage,release';

const MILLION = 1_000_000;

/** Parses the history table into raw records (validated later by the schema). */
export function parseTradeVintagesCsv(text: string): unknown[] {
  const [header, ...lines] = text.trim().split('\n');
  if (header !== VINTAGES_HEADER) {
    throw new Error(`trade vintages header must be '${VINTAGES_HEADER}', found '${header ?? ''}'`);
  }
  return lines.map((line) => {
    const [period = '', exports = '', imports = '', total = '', vintage = '', release = ''] = line.split(',');
    const usd = (millions: string) => (millions.trim() === '' ? undefined : Math.round(Number(millions) * MILLION));
    const record: Record<string, unknown> = { period };
    for (const [field, value] of [
      ['exportsUsd', usd(exports)],
      ['importsUsd', usd(imports)],
      ['totalUsd', usd(total)],
    ] as const) {
      if (value !== undefined) record[field] = value;
    }
    return { ...record, vintage, release, sources: [{ source: vintage }] };
  });
}
