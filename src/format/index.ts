export { type FormatDateOptions, formatPartialDate } from './format-partial-date.js';
export { type FormatQuantityOptions, formatQuantity } from './format-quantity.js';
export { type Localized, localize } from './localize.js';
