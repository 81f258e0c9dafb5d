// Type-checked in a fresh project under `moduleResolution: node16` and `bundler`, with `strict`.
import {
  getInitiative,
  tradeSeries,
  type InitiativeId,
  type TradeSeriesRow,
  type EventRecord,
  timeline,
} from 'us-mexico-relations';
import { tradeTotal } from 'us-mexico-relations/trade';
import { EventSchema } from 'us-mexico-relations/schemas';

const id: InitiativeId = 'usmca';
const total: number = tradeTotal(2023);
const rows: TradeSeriesRow[] = tradeSeries({ from: 2020 });
const acronym: string | undefined = getInitiative(id)?.acronyms.es[0];
const events: EventRecord[] = timeline({ domains: ['security'] });
const parsed: { readonly id: string } = EventSchema.parse(events[0]);
// @ts-expect-error records are read-only
events[0]!.title.en = 'changed';
// @ts-expect-error unknown domain
timeline({ domains: ['sports'] });
export { total, rows, acronym, parsed };
