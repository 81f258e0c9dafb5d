export type { PlaceRecord } from '../generated/records.js';
