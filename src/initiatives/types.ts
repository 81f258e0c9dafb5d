export type { InitiativeRecord, ComponentRecord } from '../generated/records.js';
