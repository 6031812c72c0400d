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

/** The namespaces whose elements a workbook part's reader may see; all others are skipped. */
export const SPREADSHEET_NAMESPACES: ReadonlySet<string> = new Set([
  SPREADSHEET_MAIN,
  SPREADSHEET_MAIN_STRICT,
  OFFICE_RELATIONSHIPS,
  OFFICE_RELATIONSHIPS_STRICT,
]);

/** The namespaces of a package's own parts: relationships and content types. */
export const PACKAGE_NAMESPACES: ReadonlySet<string> = new Set([
  PACKAGE_RELATIONSHIPS,
  CONTENT_TYPES,
]);

/**
 * The tokenizer hands the same string object for each use of a namespace: remembering that
 * object makes the test a pointer compare. It starts as a string no URI equals, so the first
 * answer is always looked up and the tokenizer's own string remembered.
 */
let lastMain = "";

export function isSpreadsheetMain(uri: string): boolean {
  if (uri === lastMain) return true;
  if (uri === SPREADSHEET_MAIN || uri === SPREADSHEET_MAIN_STRICT) {
    lastMain = uri;
    return true;
  }
  return false;
}
