import type { Language } from '../generated/records.js';

/**
 * The months' names in each language, January first, as `Intl.DateTimeFormat` writes them in every region the package
 * formats for (test/format-locales.test.ts checks them). Written out because Node creates its first
 * `Intl.DateTimeFormat` in about 18 ms.
 *
 * @example
 * MONTH_NAMES.es[8] // 'septiembre'
 */
export const MONTH_NAMES: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};
