/**
 * The format's text patterns and version, apart from the zod schema so that code which only
 * needs a pattern (the runtime's quick check, the importer) does not pull in zod.
 */

/** Ids: letters, digits and _ . : - (no spaces), so they survive URLs, CSS selectors and CSV. */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]+$/;

/** ISO 8601 date, or date-time with an optional offset. Month and day ranges are checked. */
export const ISO_DATE_PATTERN =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;

/**
 * http(s), mailto:, tel:, or a relative reference. Anything else (javascript:, data:, vbscript:)
 * is rejected, and so are leading spaces or control characters and embedded tabs or newlines,
 * which browsers strip before reading the scheme (" java\nscript:" would otherwise get through).
 * `[\s\S]` rather than JavaScript's `[^]`: the pattern is copied into the JSON Schema, and
 * Python, Java and PCRE validators read `[^]` as the start of a longer class, then reject every
 * URL or fail to compile the schema.
 */
export const SAFE_URL_PATTERN =
  /^(?![\u0000-\u0020])(?![\s\S]*[\t\n\r])(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]|[Tt][Ee][Ll]):|(?![A-Za-z][A-Za-z0-9+.-]*:))/;

/** "1", "1.2" or "1.2.3": any 1.x is read by this release. */
export const SCHEMA_VERSION_PATTERN = /^1(\.\d+){0,2}$/;
export const CURRENT_SCHEMA_VERSION = '1.1.0';
