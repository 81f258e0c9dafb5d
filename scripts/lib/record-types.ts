/**
 * Writes src/generated/records.ts: one read-only interface per record kind, and one type per named enum or object
 * they use, from the zod schemas. Field docs are the fields' `.describe()` texts and type docs the schema
 * constants' own TSDoc, so that the reference shows field meanings and no `.d.ts` but `./schemas` needs zod.
 * Datasets with an id union get it as their `id` type. test/record-types.test.ts proves each interface equals the
 * frozen `z.infer` shape. Never shipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type * as z from 'zod/v4';
import * as schemas from '../../src/schemas/index.js';
import { DATASET_NAMES, DATASETS } from './dataset.js';
import { root } from './paths.js';

const schemasDir = join(root, 'src/schemas');

/** The record type of a dataset, or of a record nested in one, is named `<Type>Record` in the public API. */
export function recordTypeName(type: string): string {
  return `${type}Record`;
}

/** Records nested in dataset records that readers handle on their own, named like dataset records. */
const NESTED_RECORDS = new Set(['Office', 'Component']);

/** The TSDoc summary of every exported `…Schema` constant in src/schemas, by constant name. */
function schemaDocs(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const file of readdirSync(schemasDir).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(
      file,
      readFileSync(join(schemasDir, file), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const comment = ts.getJSDocCommentsAndTags(declaration).find(ts.isJSDoc)?.comment;
        if (typeof comment === 'string' && ts.isIdentifier(declaration.name)) docs.set(declaration.name.text, comment);
      }
    }
  }
  return docs;
}

type AnySchema = z.core.$ZodType;
interface NamedType {
  readonly name: string;
  readonly doc: string;
}

/** The public type name of every exported enum or object schema, keyed by its definition (shared by its clones). */
function namedTypes(): Map<unknown, NamedType> {
  const docs = schemaDocs();
  const recordTypes = new Set(DATASET_NAMES.map((name) => DATASETS[name].type));
  const named = new Map<unknown, NamedType>();
  for (const [constant, value] of Object.entries(schemas)) {
    if (!constant.endsWith('Schema') || typeof value !== 'object' || value === null || !('_zod' in value)) continue;
    const def = (value as AnySchema)._zod.def;
    if (def.type !== 'enum' && def.type !== 'object') continue;
    const type = constant.slice(0, -'Schema'.length);
    const doc = docs.get(constant);
    if (doc === undefined) throw new Error(`src/schemas: ${constant} needs a TSDoc comment, the doc of its type`);
    const name = recordTypes.has(type) || NESTED_RECORDS.has(type) ? recordTypeName(type) : type;
    named.set(def, { name, doc });
  }
  return named;
}

const WIDTH = 120;

/** A doc comment of `text`, wrapped to fit `WIDTH` columns at `depth` levels of indentation. */
function docComment(text: string, depth = 0): string {
  const room = WIDTH - 2 * depth - ' * '.length;
  if (!text.includes('\n') && text.length + '/**  */'.length <= room + ' * '.length) return `/** ${text} */`;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > room) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
  }
  return ['/**', ...lines.map((line) => ` * ${line}`.trimEnd()), ' */'].join('\n');
}

/** The doc comment of a field: its own description, or that of the named schema it wraps (`.optional()`). */
function describe(field: AnySchema, depth: number): string {
  const inner = field._zod.def.type === 'optional' ? (field._zod.def as z.core.$ZodOptionalDef).innerType : field;
  const description = (field as z.ZodType).description ?? (inner as z.ZodType).description;
  return description === undefined ? '' : `${docComment(description.replaceAll('*/', '*\\/'), depth)}\n`;
}

const literal = (value: unknown) => JSON.stringify(value).replaceAll('"', "'");
const indent = (text: string, depth: number) => text.replaceAll('\n', `\n${'  '.repeat(depth)}`);

/** Renders TypeScript types from zod schemas, naming the named ones and collecting them for emission. */
class TypeWriter {
  readonly used = new Map<unknown, { readonly named: NamedType; readonly schema: AnySchema }>();
  constructor(private readonly named: Map<unknown, NamedType>) {}

  /** The type of `schema`, as written in a field at `depth` levels of indentation. */
  type(schema: AnySchema, depth: number): string {
    const def = schema._zod.def;
    const named = this.named.get(def);
    if (named !== undefined) {
      if (!this.used.has(def)) this.used.set(def, { named, schema });
      return named.name;
    }
    return this.body(schema, depth);
  }

  /** The type of `schema` spelled out (an object's fields, an enum's members). */
  body(schema: AnySchema, depth: number, idType?: string): string {
    const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
    switch (def.type) {
      case 'string':
        return 'string';
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'literal':
        return (def.values as unknown[]).map(literal).join(' | ');
      case 'enum': {
        const members = Object.values(def.entries as Record<string, string>).map(literal);
        const oneLine = members.join(' | ');
        return oneLine.length <= WIDTH / 2 ? oneLine : members.map((member) => `\n  | ${member}`).join('');
      }
      case 'array': {
        const element = this.type(def.element as AnySchema, depth);
        const union = !element.startsWith('{') && element.includes('|');
        return union ? `readonly (${element})[]` : `readonly ${element}[]`;
      }
      case 'optional':
        return `${this.type(def.innerType as AnySchema, depth)} | undefined`;
      case 'object':
        return this.fields(def.shape as Record<string, AnySchema>, depth, idType);
      default:
        throw new Error(`record types: no TypeScript rendering for a zod ${def.type}`);
    }
  }

  private fields(shape: Record<string, AnySchema>, depth: number, idType: string | undefined): string {
    const lines = Object.entries(shape).map(([key, field]) => {
      const doc = describe(field, depth + 1);
      const optional = field._zod.def.type === 'optional' ? '?' : '';
      const type = key === 'id' && idType !== undefined ? idType : this.type(field, depth + 1);
      return `  ${indent(`${doc}readonly ${key}${optional}: ${type};`, 1)}`;
    });
    return `{\n${lines.join('\n')}\n}`;
  }
}

/** The text of src/generated/records.ts. */
export function recordTypesModule(header: string): string {
  const named = namedTypes();
  const writer = new TypeWriter(named);
  const blocks: string[] = [];
  const idImports: string[] = [];
  const rendered = new Set<unknown>();
  const render = (schema: AnySchema, type: NamedType, idType?: string) => {
    rendered.add(schema._zod.def);
    const body = writer.body(schema, 0, idType);
    blocks.push(
      schema._zod.def.type === 'object'
        ? `${docComment(type.doc)}\nexport interface ${type.name} ${body}`
        : `${docComment(type.doc)}\nexport type ${type.name} =${body.startsWith('\n') ? '' : ' '}${body};`,
    );
  };
  for (const name of DATASET_NAMES) {
    const { schema, idType, stem } = DATASETS[name];
    if (idType !== undefined) idImports.push(`import type { ${idType} } from './${stem}.js';`);
    const type = named.get((schema as AnySchema)._zod.def);
    if (type === undefined) throw new Error(`record types: ${name}'s schema is not exported from src/schemas`);
    render(schema as AnySchema, type, idType);
  }
  // Named types reached from the records, until no new one turns up.
  for (let pending = [...writer.used.entries()]; pending.length > 0; ) {
    for (const [def, used] of pending) if (!rendered.has(def)) render(used.schema, used.named);
    pending = [...writer.used.entries()].filter(([def]) => !rendered.has(def));
  }
  return [header, ...idImports, '', blocks.join('\n\n'), ''].join('\n');
}
