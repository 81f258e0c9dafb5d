import {
  type ActorRecord,
  type Language,
  officeHolder,
  officeRoles,
  type OfficeTerm,
  officeTerms,
  type RoleRecord,
} from '../../index.js';
import { sourcesColumn, sourcesWidth } from '../columns.js';
import type { Command } from '../command.js';
import { dateText, sourceIds, spanText } from '../format.js';
import { labels } from '../i18n.js';
import { listReport, type Report, renderTable, wrapText } from '../output.js';
import { requireRole } from '../records.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The roles, for `usmx office` with no role. */
function rolesReport(lang: Language): Report {
  const roles = officeRoles();
  const words = labels(lang);
  return listReport<RoleRecord>(
    roles,
    [
      { name: 'id', value: (r) => r.id },
      { name: 'name_en', value: (r) => r.name.en },
      { name: 'name_es', value: (r) => r.name.es },
      { name: 'country', value: (r) => r.country },
      { name: 'coverage_from', value: (r) => r.coverage.from },
      { name: 'coverage_to', value: (r) => r.coverage.to },
    ],
    (style) =>
      renderTable(
        roles,
        [
          { header: 'Id', keep: true, value: (r) => r.id },
          { header: words.role, flex: true, wrap: true, value: (r) => r.name[lang] },
          { header: words.fields.coverage, wrap: true, value: (r) => spanText(r.coverage.from, r.coverage.to, lang) },
        ],
        { style },
      ),
  );
}

/** The holder of a role on a day: one line, or the role's name and `vacant`. */
function holderReport(role: RoleRecord, day: string, lang: Language): Report {
  const holder = officeHolder(role.id, day);
  const words = labels(lang);
  const rows: ActorRecord[] = holder === undefined ? [] : [holder];
  const term = holder?.offices.find((o) => o.role === role.id && o.from <= day && (o.to === undefined || day <= o.to));
  return {
    data: holder ?? null,
    lines: rows,
    csv: () => ({
      header: ['role', 'date', 'actor', 'name_en', 'name_es'],
      rows: [[role.id, day, holder?.id, holder?.name.en, holder?.name.es]],
    }),
    table: (style) => {
      const line =
        holder === undefined
          ? words.vacant
          : `${holder.name[lang]}${term === undefined ? '' : ` (${term.title[lang]}, ${spanText(term.from, term.to, lang)})`}${term?.acting === true ? `, ${words.acting}` : ''}`;
      return [
        ...wrapText(`${role.name[lang]}, ${dateText(day, lang)}:`, style.width),
        ...wrapText(line, style.width - 2).map((part) => `  ${part}`),
      ];
    },
  };
}

/** Every term of a role in a period (a month, a year, or all of them). */
function termsReport(role: RoleRecord, period: string | undefined, lang: Language): Report {
  const terms = officeTerms(role.id, period);
  const words = labels(lang);
  return listReport<OfficeTerm>(
    terms,
    [
      { name: 'role', value: (t) => t.role },
      { name: 'actor', value: (t) => t.holder.id },
      { name: 'name_en', value: (t) => t.holder.name.en },
      { name: 'name_es', value: (t) => t.holder.name.es },
      { name: 'title_en', value: (t) => t.title.en },
      { name: 'title_es', value: (t) => t.title.es },
      { name: 'from', value: (t) => t.from },
      { name: 'to', value: (t) => t.to },
      { name: 'acting', value: (t) => t.acting === true },
      { name: 'sources', value: sourceIds },
    ],
    (style) => [
      style.heading(role.name[lang]),
      '',
      ...renderTable(
        terms,
        [
          {
            header: words.holder,
            wrap: true,
            value: (t) => t.holder.name[lang] + (t.acting === true ? ` (${words.acting})` : ''),
          },
          { header: words.from, value: (t) => dateText(t.from, lang) },
          { header: words.to, value: (t) => dateText(t.to, lang) },
          sourcesColumn(lang, (t) => t, 1, sourcesWidth(style.width)),
        ],
        { style },
      ),
    ],
  );
}

/** `usmx office`: who held an office on a day, every holder in a month or year, or the offices recorded. */
export const office: Command = {
  name: 'office',
  summary: 'who held an office: on a day, in a month or year, or every term',
  details:
    'With a day (YYYY-MM-DD), the holder on that day (officeHolder); with a month or a year, every holder in it ' +
    '(officeTerms); with no date, every term recorded; with no role, the offices and the periods they cover. A ' +
    'date outside what the data covers is an error, not a vacancy. csv has one row per term.',
  positional: {
    name: 'role',
    words: true,
    description: "an office id or name (president-of-mexico), then optionally a date; 'usmx office' lists them",
  },
  optionalPositional: true,
  options: {},
  examples: [
    'usmx office',
    'usmx office president-of-mexico 2018',
    'usmx office us-secretary-of-state 2025-01-21 --lang es',
    'usmx office us-ambassador-to-mexico --format csv',
  ],
  run({ argument, lang }) {
    if (argument === '') return rolesReport(lang);
    const words = argument.split(' ');
    const last = words.at(-1) ?? '';
    const dated = /^\d{4}(?:-\d{2}){0,2}$/.test(last) && words.length > 1;
    const role = requireRole(dated ? words.slice(0, -1).join(' ') : argument);
    if (dated && DAY.test(last)) return holderReport(role, last, lang);
    return termsReport(role, dated ? last : undefined, lang);
  },
};
