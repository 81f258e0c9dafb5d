/**
 * The dated events of U.S.–Mexico relations, their queries by date, domain, kind, initiative, actor and place, and
 * timelines over an app's own events.
 *
 * @packageDocumentation
 * @module us-mexico-relations/timeline
 */
export { getEvent, timeline } from './timeline.js';
export { eventsByYear } from './events-by-year.js';
export { type TimelineCoverage, timelineCoverage } from './coverage.js';
export { createTimeline, type EventProblem, InvalidEventsError } from './create-timeline.js';
export type { EventRecord, Timeline, TimelineQuery } from './types.js';
