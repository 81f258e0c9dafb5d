import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from '../scripts/lib/paths.js';
import { entries } from '../scripts/lib/entries.js';

/** Every function exported by a public entry point, with its declaration. */
function exportedFunctions(): { name: string; entry: string; declaration: ts.FunctionDeclaration }[] {
  const files = Object.values(entries).map((file) => join(root, file));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    // Only the entries' exports and their doc comments are read: no standard library or @types to load.
    noLib: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const found = new Map<ts.FunctionDeclaration, { name: string; entry: string; declaration: ts.FunctionDeclaration }>();
  for (const [entry, file] of Object.entries(entries)) {
    const source = program.getSourceFile(join(root, file));
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`no module for ${file}`);
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      for (const declaration of target.declarations ?? [])
        if (ts.isFunctionDeclaration(declaration) && !found.has(declaration))
          found.set(declaration, { name: symbol.name, entry, declaration });
    }
  }
  return [...found.values()];
}

/** What the doc comment of a function lacks: a `@param` per parameter, `@returns` unless void, `@throws`. */
function missingTags(declaration: ts.FunctionDeclaration): string[] {
  const tags = ts.getJSDocTags(declaration);
  const named = (kind: string) => tags.filter((tag) => tag.tagName.text === kind);
  const documented = new Set(named('param').map((tag) => (ts.isJSDocParameterTag(tag) ? tag.name.getText() : '')));
  const missing = declaration.parameters
    .map((parameter) => parameter.name.getText())
    .filter((name) => !documented.has(name))
    .map((name) => `@param ${name}`);
  const returnsVoid = declaration.type?.kind === ts.SyntaxKind.VoidKeyword;
  if (!returnsVoid && named('returns').length === 0) missing.push('@returns');
  if (named('throws').length === 0) missing.push('@throws');
  return missing;
}

describe('the reference', () => {
  it('documents every parameter, the result and what is thrown (or that nothing is) of every exported function', () => {
    const functions = exportedFunctions();
    expect(functions.length).toBeGreaterThan(50);
    const gaps = functions
      .map(({ name, entry, declaration }) => ({ name: `${entry}: ${name}`, missing: missingTags(declaration) }))
      .filter((gap) => gap.missing.length > 0)
      .map((gap) => `${gap.name} lacks ${gap.missing.join(', ')}`);
    expect(gaps).toEqual([]);
  });
});
