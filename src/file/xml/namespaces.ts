/**
 * Namespace URIs the reader understands. SpreadsheetML and the relationships come in two
 * spellings: Transitional (what Excel writes by default) and Strict (ISO/IEC 29500 Strict).
 */
export const SPREADSHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const SPREADSHEET_MAIN_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const OFFICE_RELATIONSHIPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const OFFICE_RELATIONSHIPS_STRICT =
  "http://purl.oclc.org/ooxml/officeDocument/relationships";
export const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
export const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * The namespaces whose elements a workbook part's reader sees; all others are skipped. The
 * relationships namespace has attributes only (`r:id`), which are read whatever this says, so
 * every element a reader sees is SpreadsheetML and it need not test each one's namespace.
 */
export const SPREADSHEET_NAMESPACES: ReadonlySet<string> = new Set([
  SPREADSHEET_MAIN,
  SPREADSHEET_MAIN_STRICT,
]);

/** The namespaces of a package's own parts: relationships and content types. */
export const PACKAGE_NAMESPACES: ReadonlySet<string> = new Set([
  PACKAGE_RELATIONSHIPS,
  CONTENT_TYPES,
]);
