/** The validated, checked dataset, and the JSON Schema of a record kind: what most scripts start from. */
import { z } from 'zod/v4';
import { formatProblem, loadRawDataset, parseDataset, type Dataset } from './dataset.js';
import { checkIntegrity } from './integrity.js';
import { root } from './paths.js';

/** Loads, validates and checks data/ below `from`; throws with every problem listed when anything is wrong. */
export function loadDataset(from: string = root): Dataset {
  const { dataset, problems } = parseDataset(loadRawDataset(from));
  const all = problems.length > 0 ? problems : checkIntegrity(dataset);
  if (all.length > 0) throw new Error(`data/ has ${all.length} problem(s):\n${all.map(formatProblem).join('\n')}`);
  return dataset;
}

/** JSON Schema (draft 2020-12) of a record kind, generated from its zod schema by zod itself. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
}
