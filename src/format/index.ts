/**
 * Bilingual formatting of quantities, dollars, balances and partial dates, and the partial-date parser.
 *
 * @packageDocumentation
 * @module us-mexico-relations/format
 */
export type { LanguageTag } from '../core/locale.js';
export { type FormatDateOptions, formatPartialDate } from './format-partial-date.js';
export {
  type FormatQuantityOptions,
  type FormatUsdOptions,
  formatBalance,
  formatQuantity,
  formatUsd,
} from './format-quantity.js';
export { type Localized, localize } from './localize.js';
export {
  type DatePrecision,
  type DaySpan,
  type PartialDateParts,
  parsePartialDate,
  partialDateSpan,
} from '../core/partial-date.js';
