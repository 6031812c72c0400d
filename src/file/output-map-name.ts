/**
 * How a file records which sheet is the output map. A file has no Office document settings, so
 * the package writer keeps a hidden workbook-level defined name pointing at the map's A1; the
 * reader follows it. Excel keeps such a reference pointing at the sheet when the sheet is
 * renamed and turns it into #REF! when the sheet is deleted (then no map is recorded), and a
 * hidden name is not listed in Excel's Name Manager, so a person does not edit it by accident.
 */
import { attributesOf, decodeXmlText } from "./xml-text";

export const OUTPUT_MAP_DEFINED_NAME = "CreditDesk.OutputMap";

/** The name's formula: the sheet's A1, the sheet name quoted as Excel quotes it. */
export function outputMapReference(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/** The sheet a reference such as `'Map (2)'!$A$1` or `Map!$A$1` points at; null otherwise. */
export function sheetOfReference(reference: string): string | null {
  const text = reference.trim();
  if (!text.startsWith("'")) {
    const bang = text.indexOf("!");
    // "#REF!" is what Excel leaves once the sheet is deleted: no sheet.
    return bang > 0 && !text.startsWith("#") ? text.slice(0, bang) : null;
  }
  let name = "";
  for (let index = 1; index < text.length; index++) {
    const char = text[index];
    if (char !== "'") {
      name += char;
      continue;
    }
    if (text[index + 1] === "'") {
      name += "'";
      index++;
      continue;
    }
    return text[index + 1] === "!" && name.length > 0 ? name : null;
  }
  return null;
}

/** Where a workbook-level `definedName` element of this name is: the element and its content. */
export interface DefinedNameSpan {
  start: number;
  contentStart: number;
  contentEnd: number;
  end: number;
}

/**
 * Finds the workbook-level defined name by plain text search (its content is a formula, which
 * the attribute reader of `xml-text.ts` does not give); null when there is none.
 */
export function locateDefinedName(workbookXml: string, name: string): DefinedNameSpan | null {
  const word = "definedName";
  let from = 0;
  for (;;) {
    const at = workbookXml.indexOf(word, from);
    if (at < 0) return null;
    from = at + word.length;
    const before = workbookXml[at - 1];
    const after = workbookXml[from];
    if ((before !== "<" && before !== ":") || (after !== " " && after !== "\t")) continue;
    const tagEnd = workbookXml.indexOf(">", from);
    if (tagEnd < 0) return null;
    if (workbookXml[tagEnd - 1] === "/") continue;
    const attributes = attributesOf(workbookXml.slice(from, tagEnd));
    if (attributes.get("name") !== name || attributes.has("localSheetId")) continue;
    const contentEnd = workbookXml.indexOf("<", tagEnd);
    const end = contentEnd < 0 ? -1 : workbookXml.indexOf(">", contentEnd);
    if (end < 0) return null;
    const start = workbookXml.lastIndexOf("<", at);
    return { start, contentStart: tagEnd + 1, contentEnd, end: end + 1 };
  }
}

/** The map's sheet name the workbook part records, or undefined when it records none. */
export function readOutputMapName(workbookXml: string): string | undefined {
  const span = locateDefinedName(workbookXml, OUTPUT_MAP_DEFINED_NAME);
  if (span === null) return undefined;
  const formula = decodeXmlText(workbookXml.slice(span.contentStart, span.contentEnd));
  return sheetOfReference(formula) ?? undefined;
}
