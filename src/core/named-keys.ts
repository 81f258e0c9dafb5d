/** Text in both languages. */
interface Bilingual<T> {
  readonly en: T;
  readonly es: T;
}

/** A record with names, acronyms and aliases in both languages: an initiative or an actor. */
export interface NamedRecord {
  readonly id: string;
  readonly name: Bilingual<string>;
  readonly acronyms: Bilingual<readonly string[]>;
  readonly aliases: Bilingual<readonly string[]>;
}

/** The texts a named record can be looked up by: id, names, acronyms and aliases in both languages. */
export function namedKeys(record: NamedRecord): string[] {
  return [
    record.id,
    record.name.en,
    record.name.es,
    ...record.acronyms.en,
    ...record.acronyms.es,
    ...record.aliases.en,
    ...record.aliases.es,
  ];
}
