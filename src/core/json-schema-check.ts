import { isPartialDate } from './partial-date.js';

/** The subset of JSON Schema (draft 2020-12) that the generated record schemas use. */
export interface JsonSchema {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly minLength?: number;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly format?: string;
  /** The message for a string that fails `pattern`: the schema's own wording (from zod's `.meta`). */
  readonly patternMessage?: string;
}

/**
 * Every keyword `checkJsonSchema` understands (annotations included), and the formats it checks. The generator
 * refuses a schema that uses anything else (scripts/lib/json-schema-keywords.ts), since this checker would silently
 * ignore it and accept values the schema rejects.
 */
export const SUPPORTED_KEYWORDS: Readonly<Record<keyof JsonSchema | '$schema' | 'description' | 'title', true>> = {
  $schema: true,
  description: true,
  title: true,
  type: true,
  properties: true,
  required: true,
  additionalProperties: true,
  items: true,
  minItems: true,
  minLength: true,
  pattern: true,
  patternMessage: true,
  enum: true,
  const: true,
  minimum: true,
  maximum: true,
  format: true,
};
/** The one format `checkJsonSchema` checks: the calendar check of a partial date. */
export const SUPPORTED_FORMATS: readonly string[] = ['partial-date'];

/** One way a value fails a schema: where (`title.es`) and why. */
export interface SchemaProblem {
  readonly path: string;
  readonly message: string;
}

// The schemas have a handful of patterns; compiling each once keeps validating many records cheap.
const compiled = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let regex = compiled.get(source);
  if (regex === undefined) {
    regex = new RegExp(source, 'u');
    compiled.set(source, regex);
  }
  return regex;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeOf(value) === type;
}

/**
 * Checks a value against one of the package's generated JSON Schemas, so that app data can be validated with the
 * same rules as the shipped data without loading zod. Supports exactly the keywords the generated schemas use,
 * plus the custom `format: 'partial-date'` that carries the calendar check.
 *
 * @example
 * checkJsonSchema({ type: 'string', minLength: 1 }, '') // [{ path: '', message: 'must have at least 1 character(s)' }]
 */
export function checkJsonSchema(schema: JsonSchema, value: unknown, path = ''): SchemaProblem[] {
  const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (schema.type !== undefined && !matchesType(value, schema.type)) {
    return [
      { path, message: `must be ${/^[aeiou]/.test(schema.type) ? 'an' : 'a'} ${schema.type}, got ${typeOf(value)}` },
    ];
  }
  const problems: SchemaProblem[] = [];
  if (schema.const !== undefined && value !== schema.const)
    problems.push({ path, message: `must be ${JSON.stringify(schema.const)}` });
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    problems.push({ path, message: `must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}` });
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength)
      problems.push({ path, message: `must have at least ${schema.minLength} character(s)` });
    if (schema.pattern !== undefined && !pattern(schema.pattern).test(value))
      problems.push({ path, message: schema.patternMessage ?? `does not match the pattern ${schema.pattern}` });
    if (schema.format === 'partial-date' && problems.length === 0 && !isPartialDate(value))
      problems.push({ path, message: 'is not a real calendar date' });
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      problems.push({ path, message: `must be at least ${schema.minimum}` });
    if (schema.maximum !== undefined && value > schema.maximum)
      problems.push({ path, message: `must be at most ${schema.maximum}` });
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      problems.push({ path, message: `must have at least ${schema.minItems} item(s)` });
    if (schema.items !== undefined)
      value.forEach((item, i) => {
        problems.push(...checkJsonSchema(schema.items as JsonSchema, item, at(i)));
      });
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? [])
      if (!Object.hasOwn(record, key)) problems.push({ path: at(key), message: 'is required' });
    for (const [key, child] of Object.entries(record)) {
      const childSchema =
        schema.properties === undefined
          ? undefined
          : Object.hasOwn(schema.properties, key)
            ? schema.properties[key]
            : undefined;
      if (childSchema !== undefined) problems.push(...checkJsonSchema(childSchema, child, at(key)));
      else if (schema.additionalProperties === false) problems.push({ path: at(key), message: 'is not a known field' });
    }
  }
  return problems;
}
