/**
 * The closed vocabularies of the data model. The schemas build their enums from these lists, and the query
 * functions check arguments against them without loading zod.
 */

/** Languages the data is written in. */
export const LANGUAGES = ['en', 'es'] as const;
/** Policy areas. */
export const DOMAINS = [
  'security',
  'trade',
  'economy',
  'development',
  'migration',
  'public-health',
  'diplomacy',
] as const;
/** Kinds of source. */
export const SOURCE_KINDS = ['official', 'press', 'reference', 'dataset', 'brief'] as const;
/** Qualifiers of a quantity. */
export const QUALIFIERS = ['exact', 'approximately', 'at-least', 'more-than', 'at-most'] as const;
/** Units of a quantity. */
export const UNITS = ['usd', 'people', 'count', 'rank', 'percent'] as const;
/** Kinds of initiative. */
export const INITIATIVE_KINDS = [
  'agreement',
  'dialogue',
  'framework',
  'initiative',
  'task-force',
  'program',
  'platform',
  'working-group',
  'operation',
  'agency-partnership',
] as const;
/** Statuses of an initiative. */
export const INITIATIVE_STATUSES = ['announced', 'active', 'ended', 'replaced', 'unknown'] as const;
/** Kinds of initiative component. */
export const COMPONENT_KINDS = ['pillar', 'goal', 'principle', 'commitment'] as const;
/** Kinds of event. */
export const EVENT_KINDS = [
  'signing',
  'entry-into-force',
  'announcement',
  'launch',
  'meeting',
  'visit',
  'transfer',
  'deployment',
  'measure',
  'report',
  'arrest',
  'extradition',
  'verdict',
  'designation',
  'ruling',
  'crisis',
] as const;
/** Where a record's Spanish text comes from: an official Spanish text it cites, or this package's translation. */
export const SPANISH_ORIGINS = ['official', 'package'] as const;
/** Kinds of actor. */
export const ACTOR_KINDS = ['person', 'government', 'agency', 'force'] as const;
/** What a figure measures. */
export const FIGURE_SUBJECTS = [
  'goods-trade',
  'goods-trade-rank',
  'cartel-transfers',
  'visa-revocations',
  'troop-deployment',
  'firearms-investigations',
  'development-assistance',
  'program-reach',
  'program-coverage',
] as const;
/** Trade-series measures a figure can state. */
export const TRADE_MEASURES = ['total', 'exports', 'imports', 'balance', 'rank'] as const;
/** Stances of a comment. */
export const STANCES = ['supportive', 'skeptical', 'critical'] as const;
