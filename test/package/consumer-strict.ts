// Type-checked in a fresh project as strict as they come: nodenext, exactOptionalPropertyTypes,
// noUncheckedIndexedAccess, skipLibCheck false, and the DOM library, whose Event and Comment the package must not
// shadow. Imports no zod: it also type-checks in a project that has no zod at all.
import {
  type ActorId,
  type CitableId,
  cite,
  type EventRecord,
  getPlace,
  mexicanStates,
  officeHolder,
  type PlaceId,
  type PlaceRecord,
  type RoleId,
  type SourceId,
  timeline,
} from 'us-mexico-relations';
import { type DaySpan, parsePartialDate, partialDateSpan } from 'us-mexico-relations/format';
import { getSource, type SourceRecord } from 'us-mexico-relations/sources';

// Ids taken from records are their literal unions.
const p: PlaceId = mexicanStates()[0]!.id;
const role: RoleId = 'president-of-mexico';
const holder: ActorId | undefined = officeHolder(role, '2025-09-03')?.id;
const citable: CitableId = 'usmca';
const brief: SourceId = 'brief';
const source: SourceRecord | undefined = getSource(brief);
const place: PlaceRecord | undefined = getPlace(p);
const citation: string = cite(citable, { style: 'apa' });

// The package's frozen records go where its types are asked for; the DOM's Event is still the DOM's.
function render(e: EventRecord): string {
  return `${e.date} ${e.title.en}`;
}
const lines: string[] = timeline({ initiative: 'usmca' }).map(render);
const domEvent: Event | undefined = undefined;

// Partial dates: precision and day span.
const parts = parsePartialDate('2025-09');
const span: DaySpan | undefined = parts === undefined ? undefined : partialDateSpan(parts);

// @ts-expect-error a misspelled place id
const typoPlace: PlaceId = 'mx-cmxx';
// @ts-expect-error a misspelled role id
officeHolder('president-of-mexcio', '2025');
// @ts-expect-error a misspelled citable id
const typoCitable: CitableId = 'usmcaa';
// @ts-expect-error records are read-only
mexicanStates()[0]!.name.en = 'changed';

export { holder, source, place, citation, lines, domEvent, span, typoPlace, typoCitable };
