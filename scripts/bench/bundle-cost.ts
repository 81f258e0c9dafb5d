/**
 * 1. Bundle cost: every subpath and single-helper import of the installed package, esbuild-bundled (minified,
 * gzipped), against the minified gzipped JSON of exactly the data it needs, judged by the committed budget's own
 * rule (size-budgets.json through scripts/lib/size-report.ts `ceiling`), so that the bench and npm test agree.
 */
import {
  allowance,
  bundleReport,
  ceiling,
  ceilingText,
  readBudgets,
  SIZE_TARGETS,
  type SizeRow,
} from '../lib/size-report.js';
import { row, type Row } from './table.js';

const SECTION = '1 bundle';

export interface BundleSection {
  readonly rows: Row[];
  readonly raw: {
    readonly sizes: readonly Omit<SizeRow, 'runnable'>[];
    readonly zodBytesOutsideSchemas: Record<string, number>;
  };
}

export async function bundleSection(consumerDir: string): Promise<BundleSection> {
  const sizes = await bundleReport(consumerDir);
  const budgets = readBudgets();
  const rows: Row[] = [];
  const zodOutside: Record<string, number> = {};
  for (const size of sizes) {
    const target = SIZE_TARGETS.find((t) => t.name === size.name);
    if (target === undefined) continue;
    const value = { value: size.gzipBytes, unit: 'B' as const };
    const exception = budgets.exceptions?.[size.name];
    if (size.ratio !== undefined) {
      rows.push(
        row(
          SECTION,
          `${size.name} min+gz`,
          value,
          'data JSON min+gz',
          { value: size.dataGzipBytes, unit: 'B' },
          {
            // An exception loosens what npm test accepts, never the target: the row still says NO.
            text: `${ceilingText(budgets)} (= ${Math.floor(ceiling(budgets, size.dataGzipBytes)).toLocaleString('en-US')} B)${exception === undefined ? '' : `; npm test allows ${budgets.maxRatio}x data + ${exception.slackGzipBytes.toLocaleString('en-US')} B (= ${Math.floor(allowance(budgets, size.name, size.dataGzipBytes)).toLocaleString('en-US')} B, size-budgets.json exception)`}`,
            met: ({ value: v }) => v <= ceiling(budgets, size.dataGzipBytes),
          },
        ),
      );
    } else {
      // Nothing to carry: the data baseline is 0 B, so the committed byte budget is the target.
      const budget = budgets.maxGzipBytesWithoutData[size.name] ?? 0;
      rows.push(
        row(SECTION, `${size.name} min+gz (needs no data)`, value, 'no data (0 B)', undefined, {
          text: `<= ${budget.toLocaleString('en-US')} B (size-budgets.json)`,
          met: ({ value: v }) => v <= budget,
        }),
      );
    }
    if (target.zodAllowed !== true && size.zodBytes > 0) zodOutside[size.name] = size.zodBytes;
  }
  const zodTotal = Object.values(zodOutside).reduce((a, b) => a + b, 0);
  const carriers = Object.keys(zodOutside);
  rows.push(
    row(
      SECTION,
      'zod outside ./schemas (all bundles above)',
      { value: zodTotal, unit: 'B', ...(carriers.length > 0 ? { note: carriers.join(', ') } : {}) },
      'none',
      undefined,
      {
        text: '0 B',
        met: ({ value: v }) => v === 0,
      },
    ),
  );
  const foreign = sizes.filter((s) => s.foreignData.length > 0);
  rows.push(
    row(
      SECTION,
      'bundles carrying data they do not need',
      {
        value: foreign.length,
        unit: 'count',
        note: foreign.length === 0 ? 'none' : foreign.map((s) => `${s.name}: ${s.foreignData.join('+')}`).join('; '),
      },
      'none',
      undefined,
      { text: '0', met: ({ value: v }) => v === 0 },
    ),
  );
  return {
    rows,
    raw: {
      sizes: sizes.map(({ runnable: _runnable, ...rest }) => rest),
      zodBytesOutsideSchemas: zodOutside,
    },
  };
}
