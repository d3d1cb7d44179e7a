/** The catalogue format's public API, usable in browsers and in Node (no DOM needed for validation). */
export * from './schema.js';
export * from './codes.js';
export * from './problems.js';
export { validateCatalogue, parseCatalogueText, readInlineCatalogue, type LoadResult, MAX_LISTED_ERRORS } from './validate.js';
export { validateLazily, parseLazily } from './quick-validate.js';
export { loadCatalogue, forgetCatalogue } from './loader.js';
export { catalogueContext, type CatalogueState } from './context.js';
