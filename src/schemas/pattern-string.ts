import * as z from 'zod/v4';

/**
 * A string matching `pattern`. Its message is zod's error and, as `patternMessage`, travels into the generated JSON
 * Schema, so that `createTimeline` (which validates without zod) says the same thing.
 */
export function patternString(pattern: RegExp, message: string, abort = false) {
  return z.string().regex(pattern, { error: message, abort }).meta({ patternMessage: message });
}
