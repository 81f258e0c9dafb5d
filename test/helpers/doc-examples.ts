/**
 * Runs the examples in TSDoc `@example` blocks and in the README, so that documentation cannot drift from
 * behaviour. In an example, `expr // expected` asserts that `expr` equals the JavaScript literal `expected`;
 * an `expected` with `…` asserts that the printed value starts with the part before `…`; `expr // throws Name`
 * asserts that `expr` throws an error of that class; a comment starting with `e.g.` is not checked. A line that is
 * only `// expected` applies to the statement before it.
 */
import { inspect, isDeepStrictEqual } from 'node:util';

/** One example, located for the error message. */
export interface DocExample {
  readonly where: string;
  readonly code: string;
}

/** The `@example` blocks of a TypeScript source file. */
export function tsdocExamples(file: string, source: string): DocExample[] {
  const examples: DocExample[] = [];
  const pattern = /\/\*\*([\s\S]*?)\*\//g;
  for (const comment of source.matchAll(pattern)) {
    const lines = (comment[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    const start = lines.findIndex((line) => line.startsWith('@example'));
    if (start === -1) continue;
    const end = lines.findIndex((line, i) => i > start && line.startsWith('@'));
    const line = source.slice(0, comment.index).split('\n').length;
    examples.push({
      where: `${file}:${line}`,
      code: lines
        .slice(start + 1, end === -1 ? undefined : end)
        .join('\n')
        .trim(),
    });
  }
  return examples;
}

/** The ```ts and ```js blocks of a Markdown file, without their import and require lines. */
export function markdownExamples(file: string, markdown: string): DocExample[] {
  return [...markdown.matchAll(/```(?:ts|js)\n([\s\S]*?)```/g)].map((match) => ({
    where: `${file}:${markdown.slice(0, match.index).split('\n').length}`,
    code: (match[1] ?? '')
      .split('\n')
      .filter((line) => !/^\s*(import\s|const\s+\{[^}]*\}\s*=\s*require\()/.test(line))
      .join('\n'),
  }));
}

/** Prints a value the way examples write it: single-quoted strings, `{ a: 1 }`. */
export function show(value: unknown): string {
  return inspect(value, {
    depth: 6,
    breakLength: Number.POSITIVE_INFINITY,
    maxArrayLength: 1000,
    maxStringLength: 10_000,
    sorted: false,
  });
}

/** Checks one asserted value; returns an error message or undefined. */
export function checkValue(actual: unknown, expected: string): string | undefined {
  if (expected.startsWith('e.g.')) return undefined;
  if (expected.includes('…')) {
    // Compared without white space, so that `['a', …]` matches however the value is laid out.
    const squash = (text: string) => text.replace(/\s+/g, '');
    const prefix = squash(expected.slice(0, expected.indexOf('…'))).replace(/,+$/, '');
    return squash(show(actual)).startsWith(prefix)
      ? undefined
      : `expected a value starting ${prefix}, got ${show(actual)}`;
  }
  const wanted: unknown = new Function(`return (${expected});`)();
  return isDeepStrictEqual(JSON.parse(JSON.stringify(actual) ?? 'null'), JSON.parse(JSON.stringify(wanted) ?? 'null'))
    ? undefined
    : `expected ${expected}, got ${show(actual)}`;
}

/** Rewrites an example into a function body that records each assertion through `check(value, expected)`. */
export function instrument(code: string): string {
  const statements: string[] = [];
  for (const line of code.split('\n')) {
    const lone = /^\s*\/\/\s*(.+)$/.exec(line);
    if (lone && statements.length > 0) {
      const previous = statements.pop() as string;
      statements.push(assertion(previous.replace(/;\s*$/, ''), (lone[1] ?? '').trim()));
      continue;
    }
    const inline = /^(.*?\S)\s*\/\/\s*(.+)$/.exec(line);
    if (inline && !/^\s*(const|let)\s/.test(inline[1] ?? ''))
      statements.push(assertion((inline[1] ?? '').replace(/;\s*$/, ''), (inline[2] ?? '').trim()));
    else statements.push(line);
  }
  return statements.join('\n');
}

function assertion(expression: string, expected: string): string {
  const throws = /^throws (\w+)$/.exec(expected);
  if (throws) return `__throws(() => (${expression}), ${JSON.stringify(throws[1])});`;
  return `__check((${expression}), ${JSON.stringify(expected)});`;
}
