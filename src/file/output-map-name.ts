/**
 * How a file records which sheet is the output map. A file has no Office document settings, so
 * the package writer keeps a hidden workbook-level defined name pointing at the map's A1; the
 * reader follows it. Excel keeps such a reference pointing at the sheet when the sheet is
 * renamed and turns it into #REF! when the sheet is deleted (then no map is recorded), and a
 * hidden name is not listed in Excel's Name Manager, so a person does not edit it by accident.
 */
import { SPREADSHEET_NAMESPACES } from "./xml/namespaces";
import { readXml } from "./xml/xml-reader";

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

/** The map's sheet name the workbook part records, or undefined when it records none. */
export function readOutputMapName(workbookXml: string): string | undefined {
  let depth = 0;
  let inName = false;
  let formula: string | null = null;
  readXml(
    workbookXml,
    { part: "xl/workbook.xml", understood: SPREADSHEET_NAMESPACES },
    {
      open(tag) {
        depth += 1;
        // Workbook level only: a sheet-scoped name of the same name is a user's, not ours.
        inName =
          depth === 3 &&
          tag.local === "definedName" &&
          tag.attribute("name") === OUTPUT_MAP_DEFINED_NAME &&
          tag.attribute("localSheetId") === undefined;
        if (inName) formula = "";
      },
      close() {
        depth -= 1;
        inName = false;
      },
      text(text) {
        if (inName) formula += text;
      },
    }
  );
  return formula === null ? undefined : (sheetOfReference(formula) ?? undefined);
}
