// Type-checked (strict, skipLibCheck false) beside zod 4 and beside zod 3.25, whose `zod/v4` is the same API.
import { EventSchema, PlaceSchema } from 'us-mexico-relations/schemas';
import { type EventRecord, timeline } from 'us-mexico-relations';

const shipped: EventRecord | undefined = timeline()[0];
const parsed = EventSchema.safeParse(shipped);
const date: string | undefined = parsed.success ? parsed.data.date : undefined;
const placeIssues: number = PlaceSchema.safeParse({}).error?.issues.length ?? 0;
export { date, placeIssues };
