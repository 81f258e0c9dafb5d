// Runs beside zod 4 and beside zod 3.25: the schemas validate the shipped records and reject a broken one.
import assert from 'node:assert/strict';
import { timeline } from 'us-mexico-relations';
import { EventSchema } from 'us-mexico-relations/schemas';

for (const event of timeline()) assert.equal(EventSchema.safeParse(event).success, true, event.id);
assert.equal(EventSchema.safeParse({ ...timeline()[0], date: '2025-02-30' }).success, false);
console.log('schemas consumer ok');
