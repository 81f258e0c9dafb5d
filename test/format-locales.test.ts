import { describe, expect, it } from 'vitest';
import {
  formatBalance,
  formatPartialDate,
  formatQuantity,
  formatUsd,
  InvalidArgumentError,
  localize,
  requireInitiative,
  tradeBalance,
} from '../src/index.js';

const usd = (value: number) => ({ value, unit: 'usd', qualifier: 'exact' }) as const;

describe('money at each scale boundary', () => {
  it.each([
    [999_999, '$999,999', '999,999 dólares'],
    [999_999.4, '$999,999', '999,999 dólares'],
    [999_999.5, '$1 million', 'un millón de dólares'],
    [1e6, '$1 million', 'un millón de dólares'],
    [1_040_000, '$1 million', 'un millón de dólares'],
    [1_050_000, '$1.1 million', '1.1 millones de dólares'],
    [2e6, '$2 million', '2 millones de dólares'],
    [999_949_999, '$999.9 million', '999.9 millones de dólares'],
    [999_950_000, '$1 billion', 'mil millones de dólares'],
    [1e9, '$1 billion', 'mil millones de dólares'],
    [1.5e9, '$1.5 billion', '1.5 mil millones de dólares'],
    [999_949_999_999, '$999.9 billion', '999.9 mil millones de dólares'],
    [999_950_000_000, '$1 trillion', 'un billón de dólares'],
    [1e12, '$1 trillion', 'un billón de dólares'],
    [2.5e12, '$2.5 trillion', '2.5 billones de dólares'],
    [1.25e15, '$1,250 trillion', '1,250 billones de dólares'],
    [-1e6, '-$1 million', '-1 millón de dólares'],
    [-1e9, '-$1 billion', '-mil millones de dólares'],
    [-1e12, '-$1 trillion', '-1 billón de dólares'],
    [-168_600_000_000, '-$168.6 billion', '-168.6 mil millones de dólares'],
  ])('%d', (value, english, spanish) => {
    expect(formatQuantity(usd(value))).toBe(english);
    expect(formatQuantity(usd(value), { lang: 'es' })).toBe(spanish);
    expect(formatUsd(value)).toBe(english);
    expect(formatUsd(value, { lang: 'es' })).toBe(spanish);
  });
  it('keeps the qualifier before Spanish number words', () => {
    expect(formatQuantity({ value: 1e6, unit: 'usd', qualifier: 'approximately' }, { lang: 'es' })).toBe(
      'aproximadamente un millón de dólares',
    );
    expect(formatUsd(1e9, { lang: 'es', qualifier: 'more-than' })).toBe('más de mil millones de dólares');
    expect(formatUsd(1e9, { notation: 'standard' })).toBe('$1,000,000,000');
  });
});

describe('language tags', () => {
  it.each([
    ['en', '$1.2 trillion', '12,345.5', 'September 3, 2025'],
    ['en-US', '$1.2 trillion', '12,345.5', 'September 3, 2025'],
    ['en-GB', '$1.2 trillion', '12,345.5', '3 September 2025'],
    ['en-AU', '$1.2 trillion', '12,345.5', 'September 3, 2025'],
    ['EN-us', '$1.2 trillion', '12,345.5', 'September 3, 2025'],
    ['es', '1.2 billones de dólares', '12,345.5', '3 de septiembre de 2025'],
    ['es-MX', '1.2 billones de dólares', '12,345.5', '3 de septiembre de 2025'],
    ['es-ES', '1,2 billones de dólares', '12.345,5', '3 de septiembre de 2025'],
    ['es-419', '1.2 billones de dólares', '12,345.5', '3 de septiembre de 2025'],
    ['es-AR', '1.2 billones de dólares', '12,345.5', '3 de septiembre de 2025'],
    ['es_MX', '1.2 billones de dólares', '12,345.5', '3 de septiembre de 2025'],
  ])('%s', (lang, money, count, date) => {
    expect(formatUsd(1.2e12, { lang: lang as 'en' })).toBe(money);
    expect(formatQuantity({ value: 12_345.5, unit: 'count', qualifier: 'exact' }, { lang: lang as 'en' })).toBe(count);
    expect(formatPartialDate('2025-09-03', { lang: lang as 'en' })).toBe(date);
    expect(localize(requireInitiative('usmca'), lang as 'en').acronyms[0]).toBe(
      lang.startsWith('es') ? 'T-MEC' : 'USMCA',
    );
  });
  it.each(['fr', 'fr-CA', 'e', 'es-', '', 'english', 5, null])('rejects %j', (lang) => {
    expect(() => formatUsd(1, { lang: lang as 'en' })).toThrow(InvalidArgumentError);
    expect(() => formatPartialDate('2025', { lang: lang as 'en' })).toThrow(InvalidArgumentError);
    expect(() => formatQuantity(usd(1), { lang: lang as 'en' })).toThrow(InvalidArgumentError);
  });
});

describe('balances', () => {
  it.each([
    [-168_600_000_000, 'approximately', 'en', 'deficit of approximately $168.6 billion'],
    [-168_600_000_000, 'approximately', 'es', 'déficit de aproximadamente 168.6 mil millones de dólares'],
    [-168_600_000_000, 'exact', 'es-ES', 'déficit de 168,6 mil millones de dólares'],
    [2e9, 'exact', 'en', 'surplus of $2 billion'],
    [1e9, 'exact', 'es', 'superávit de mil millones de dólares'],
    [0, 'exact', 'en', 'balance of $0'],
    [0, 'exact', 'es', 'saldo de 0 dólares'],
  ] as const)('%d %s in %s', (value, qualifier, lang, expected) => {
    expect(formatBalance(value, { lang, qualifier })).toBe(expected);
    expect(formatBalance({ value, unit: 'usd', qualifier }, { lang })).toBe(expected);
  });
  it('writes the trade balance of a year as a deficit', () => {
    expect(formatBalance(tradeBalance(2023))).toBe('deficit of $148.5 billion');
    expect(formatBalance(tradeBalance(2023), { lang: 'es' })).toBe('déficit de 148.5 mil millones de dólares');
  });
  it('rejects what is not money', () => {
    expect(() => formatBalance(Number.NaN)).toThrow(InvalidArgumentError);
    expect(() => formatBalance({ value: 5, unit: 'people', qualifier: 'exact' })).toThrow(InvalidArgumentError);
    expect(() => formatUsd('5' as never)).toThrow('value must be a finite number of dollars; got "5".');
    expect(() => formatUsd(5, { qualifier: 'roughly' as never })).toThrow(InvalidArgumentError);
  });
});

describe('dates in a time zone', () => {
  it('reads a Date in the zone asked for, never the machine zone', () => {
    const evening = new Date('2025-09-04T05:30:00Z');
    expect(formatPartialDate(evening)).toBe('September 4, 2025');
    expect(formatPartialDate(evening, { timeZone: 'America/Mexico_City', lang: 'es-MX' })).toBe(
      '3 de septiembre de 2025',
    );
    expect(formatPartialDate(evening, { timeZone: 'Asia/Tokyo', lang: 'en-GB' })).toBe('4 September 2025');
    expect(formatPartialDate('2025-09-03', { timeZone: 'Pacific/Kiritimati' })).toBe('September 3, 2025');
    expect(() => formatPartialDate(evening, { timeZone: 'Mars/Olympus' })).toThrow(InvalidArgumentError);
  });
  it.each(['en-US', 'en-GB', 'es-MX', 'es-ES'] as const)('names every month as Intl does in %s', (lang) => {
    const intl = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      const date = `2024-${String(month).padStart(2, '0')}`;
      expect(formatPartialDate(date, { lang }).split(' ')[0]).toBe(intl.format(Date.UTC(2024, month - 1, 15)));
    }
    expect(formatPartialDate('2024-05')).toBe('May 2024');
  });
});
