import * as z from 'zod/v4';
import { CitationsSchema } from './citation.js';
import { IdSchema } from './common.js';
import { patternString } from './pattern-string.js';

const WholeDollarsSchema = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * Fields shared by annual and monthly goods trade. Totals and balances are derived from exports and imports and
 * never stored.
 */
const TradeFlowsShape = {
  exportsUsd: WholeDollarsSchema.describe(
    'U.S. total exports to Mexico, f.a.s., whole U.S. dollars, not seasonally adjusted.',
  ),
  importsUsd: WholeDollarsSchema.describe(
    'U.S. general imports from Mexico, customs value, whole U.S. dollars, not seasonally adjusted.',
  ),
  vintage: IdSchema.describe('Id of the source that is the Census release (vintage) these values come from.'),
  revisable: z.boolean().describe('Whether Census may still revise the values in a later annual revision.'),
  sources: CitationsSchema,
};

/** U.S. goods trade with Mexico in one calendar year (Census basis). */
export const TradeYearSchema = z
  .strictObject({
    year: z.int().min(1900).max(2100).describe('Calendar year.'),
    ...TradeFlowsShape,
  })
  .describe('U.S. goods trade with Mexico in one calendar year (Census basis).');

/** U.S. goods trade with Mexico in one month (Census basis). */
export const TradeMonthSchema = z
  .strictObject({
    month: patternString(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM').describe('The month, YYYY-MM.'),
    ...TradeFlowsShape,
  })
  .describe('U.S. goods trade with Mexico in one month (Census basis).');

/**
 * An earlier value of a trade period, kept when a later Census release replaced it (append-only history). The
 * current value of each period is the year or month record; this table holds what came before it.
 */
export const TradeVintageSchema = z
  .strictObject({
    period: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, { error: 'must be YYYY or YYYY-MM' })
      .describe('The year (YYYY) or month (YYYY-MM) the values are for.'),
    exportsUsd: WholeDollarsSchema.optional().describe(
      'U.S. exports to Mexico in this vintage, whole U.S. dollars; absent when the source gives only the total.',
    ),
    importsUsd: WholeDollarsSchema.optional().describe(
      'U.S. general imports from Mexico in this vintage, whole U.S. dollars; absent when the source gives only the total.',
    ),
    totalUsd: WholeDollarsSchema.optional().describe(
      'Two-way trade as the source states it, when it states it (it may differ from exports plus imports by rounding).',
    ),
    vintage: IdSchema.describe('Id of the source that is the release (vintage) these values come from.'),
    release: z
      .enum(['first-release', 'superseded'])
      .describe(
        "'first-release': the values as Census first published them; 'superseded': a later release that the current value replaced.",
      ),
    sources: CitationsSchema,
  })
  .describe('An earlier value of a year or month of goods trade, kept with its vintage (append-only history).');
