import * as z from 'zod';
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

/** A year of goods trade. */
export type TradeYear = z.infer<typeof TradeYearSchema>;
/** A month of goods trade. */
export type TradeMonth = z.infer<typeof TradeMonthSchema>;
