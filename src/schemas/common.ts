import * as z from 'zod/v4';
import { DOMAINS, LANGUAGES, SPANISH_ORIGINS } from '../core/vocabulary.js';
import { patternString } from './pattern-string.js';

/** A kebab-case record id (`usmca`, `mission-firewall`, `mx-cmx`). */
export const IdSchema = patternString(
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  'must be a kebab-case id (a-z, 0-9, single hyphens)',
);

/** An ISO 3166-1 alpha-2 country code. */
export const CountryCodeSchema = patternString(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');

/** A language the data is written in. */
export const LanguageSchema = z.enum(LANGUAGES);

/** Where a record's Spanish text comes from. */
export const SpanishOriginSchema = z
  .enum(SPANISH_ORIGINS)
  .describe(
    "Where the Spanish text comes from: 'official' when it uses the wording of an official Spanish text the record cites, 'package' when it is this package's own translation; absent when not recorded.",
  );

/** The policy areas a record belongs to. */
export const DomainSchema = z.enum(DOMAINS);

/** Text that must not be empty or only white space. */
export const NonEmptyTextSchema = patternString(/\S/, 'must not be empty');
