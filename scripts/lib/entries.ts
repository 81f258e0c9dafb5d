/** The package's entry points and the third-party packages its build bundles: read by the tsup config and the scripts. */

/**
 * One entry per public subpath, built by tsup (tsup.config.ts); package.json `exports`, `typesVersions` and typedoc's
 * entry points are written from this list (scripts/write-entry-points.ts). Kept apart from the tsup config so that the
 * scripts and tests that read it do not load tsup.
 */
export const entries = {
  index: 'src/index.ts',
  trade: 'src/trade/index.ts',
  encounters: 'src/encounters/index.ts',
  remittances: 'src/remittances/index.ts',
  fdi: 'src/fdi/index.ts',
  timeline: 'src/timeline/index.ts',
  initiatives: 'src/initiatives/index.ts',
  actors: 'src/actors/index.ts',
  places: 'src/places/index.ts',
  figures: 'src/figures/index.ts',
  sources: 'src/sources/index.ts',
  comments: 'src/comments/index.ts',
  search: 'src/search/index.ts',
  format: 'src/format/index.ts',
  schemas: 'src/schemas/index.ts',
};

/**
 * Third-party packages bundled into the package's own chunks (the two stemmers of @orama/stemmers), so
 * that importing the package loads no third-party module graph. Their licences travel with them in
 * THIRD-PARTY-NOTICES.md (scripts/write-third-party-notices.ts); tsup.config.ts bundles them.
 */
export const bundledPackages = ['@orama/stemmers'];
