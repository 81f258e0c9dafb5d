/** The record kinds, with their schemas and shipped file names: one list for JSON Schema, JSON, CSV and docs. */
import type { z } from 'zod';
import {
  ActorSchema,
  CommentSchema,
  EventSchema,
  FigureSchema,
  InitiativeSchema,
  PlaceSchema,
  SourceSchema,
  TradeMonthSchema,
  TradeYearSchema,
} from '../../src/schemas/index.js';
import type { DatasetName } from './dataset.js';

export interface RecordKind {
  /** File stem in dist/data, dist/json-schema and dist/csv. */
  readonly file: string;
  readonly title: string;
  readonly dataset: DatasetName;
  readonly schema: z.ZodType;
}

export const RECORD_KINDS: readonly RecordKind[] = [
  { file: 'sources', title: 'Source', dataset: 'sources', schema: SourceSchema },
  { file: 'initiatives', title: 'Initiative', dataset: 'initiatives', schema: InitiativeSchema },
  { file: 'events', title: 'Event', dataset: 'events', schema: EventSchema },
  { file: 'actors', title: 'Actor', dataset: 'actors', schema: ActorSchema },
  { file: 'places', title: 'Place', dataset: 'places', schema: PlaceSchema },
  { file: 'figures', title: 'Figure', dataset: 'figures', schema: FigureSchema },
  { file: 'comments', title: 'Comment', dataset: 'comments', schema: CommentSchema },
  { file: 'trade-years', title: 'TradeYear', dataset: 'tradeYears', schema: TradeYearSchema },
  { file: 'trade-months', title: 'TradeMonth', dataset: 'tradeMonths', schema: TradeMonthSchema },
];
