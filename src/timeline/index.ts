export { getEvent, timeline } from './timeline.js';
export { eventsByYear } from './events-by-year.js';
export { type TimelineCoverage, timelineCoverage } from './coverage.js';
export { createTimeline, type EventProblem, InvalidEventsError } from './create-timeline.js';
export type { EventRecord, Timeline, TimelineQuery } from './types.js';
