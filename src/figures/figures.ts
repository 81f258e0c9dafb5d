import type { Domain, FigureSubject } from '../generated/records.js';
import { oneOf, options } from '../core/arguments.js';
import { idLookup } from '../core/id-lookup.js';
import { type DateInput, toDayRange } from '../core/date-input.js';
import { dateSpan, spansOverlap } from '../core/partial-date.js';
import { DOMAINS, FIGURE_SUBJECTS } from '../core/vocabulary.js';
import { type FigureId, figures as all } from '../generated/figures.js';
import type { FigureRecord } from './types.js';

const figureById = /* @__PURE__ */ idLookup(all);

/**
 * A figure by id, or `undefined`. Throws `InvalidArgumentError` when `id` is not a string.
 *
 * @param id - a figure id
 * @returns the figure, or `undefined`
 * @throws `InvalidArgumentError` when `id` is not a string
 * @example
 * getFigure('visa-revocations-2025')?.quantity // { value: 50, unit: 'people', qualifier: 'at-least' }
 */
export function getFigure(id: FigureId | (string & {})): FigureRecord | undefined {
  return figureById(id);
}

/** Filters of `figures`; a figure's date must overlap `from`–`to`. */
export interface FiguresQuery {
  readonly subject?: FigureSubject;
  readonly domain?: Domain;
  readonly from?: DateInput;
  readonly to?: DateInput;
}

/**
 * Figures matching every given filter, sorted by id. Throws `InvalidArgumentError` for an unknown subject or
 * domain, `InvalidDateError` for a bad date, `InvalidRangeError` when `from` is after `to`.
 *
 * @param query - `subject`, `domain`, `from` and `to`; all given filters must hold
 * @returns the matching figures, sorted by id
 * @throws `InvalidArgumentError` for an unknown subject or domain; `InvalidDateError` for a bad date;
 *   `InvalidRangeError` when `from` is after `to`
 * @example
 * figures({ subject: 'cartel-transfers', from: '2025', to: '2025' }).map((f) => f.quantity.value) // [55, 29, 26]
 */
export function figures(query?: FiguresQuery): FigureRecord[] {
  const { subject, domain, from, to } = options(query, 'query');
  const wantedSubject = subject === undefined ? undefined : oneOf(subject, FIGURE_SUBJECTS, 'subject');
  const wantedDomain = domain === undefined ? undefined : oneOf(domain, DOMAINS, 'domain');
  const range = toDayRange(from, to);
  return all().filter((f) => {
    if (wantedSubject !== undefined && f.subject !== wantedSubject) return false;
    if (wantedDomain !== undefined && !f.domains.includes(wantedDomain)) return false;
    const span = dateSpan(f.date);
    return spansOverlap(span, range);
  });
}
