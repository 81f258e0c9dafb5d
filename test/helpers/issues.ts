import type { z } from 'zod';

/** The issues a schema reports for a value, as `path: message` lines (empty when the value is valid). */
export function issuesOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/**
 * The issues a schema reports, as `path: code` lines. For failures the schemas leave to zod, tests assert the code,
 * not zod's English wording, which a zod minor release may change.
 */
export function codesOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`);
}
