/**
 * Makes `instanceof errorClass` true also for errors made by another copy of the class: each copy marks its prototype
 * with the same registered symbol. An app's subclass inherits the check but matches its own instances only.
 *
 * Each error class's module calls it at the top level under the flag `RECOGNIZE_COPIES`, set by the build
 * (tsup.config.ts; vitest.config.ts for the tests) and read through `typeof`, so that code compiled without the flag
 * (the explorer) sees false. The flag is true where one app can hold several copies of the classes: node loads each
 * entry point as one file of its own, so an app that imports two of them (or both the ES and the CommonJS build) has
 * two copies. The build for bundlers shares one copy between its entries and sets it false, so that it carries none
 * of this code. A class and its call share a module, and package.json says `sideEffects: false`, so an entry point
 * that does not use a class carries neither.
 *
 * @param errorClass - one of the package's error classes
 * @param kind - its name, the same in every copy
 */
export function recognizeCopies(errorClass: abstract new (...args: never[]) => Error, kind: string): void {
  const mark = Symbol.for(`us-mexico-relations.${kind}`);
  Object.defineProperty(errorClass.prototype, mark, { value: true });
  Object.defineProperty(errorClass, Symbol.hasInstance, {
    value(this: unknown, value: unknown): boolean {
      return (
        Function.prototype[Symbol.hasInstance].call(this, value) ||
        (this === errorClass && typeof value === 'object' && value !== null && mark in value)
      );
    },
  });
}
