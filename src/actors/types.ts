export type { ActorRecord, OfficeRecord, RoleRecord } from '../generated/records.js';
