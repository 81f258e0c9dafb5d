// Type-checked in a fresh project under `moduleResolution: bundler`, with `strict`, and in the strict nodenext project
// (scripts/check-package.ts). The schemas are checked by consumer-schemas.ts, beside each zod release.
import {
  getInitiative,
  tradeSeries,
  type InitiativeId,
  type TradeSeriesRow,
  type EventRecord,
  timeline,
} from 'us-mexico-relations';
import { tradeTotal } from 'us-mexico-relations/trade';

const id: InitiativeId = 'usmca';
const total: number = tradeTotal(2023);
const rows: TradeSeriesRow[] = tradeSeries({ from: 2020 });
const acronym: string | undefined = getInitiative(id)?.acronyms.es[0];
const events: EventRecord[] = timeline({ domains: ['security'] });
// @ts-expect-error records are read-only
events[0]!.title.en = 'changed';
// @ts-expect-error unknown domain
timeline({ domains: ['sports'] });
export { total, rows, acronym };
