/**
 * Where things are in a workbook package: the workbook part (through the package
 * relationships), its sheets in tab order with their parts, the shared strings and styles
 * parts, and the date system. Paths are zip entry names ("xl/worksheets/sheet1.xml").
 */
import { relationshipsOf } from "./package-relationships";
import {
  OFFICE_RELATIONSHIPS,
  OFFICE_RELATIONSHIPS_STRICT,
  SPREADSHEET_NAMESPACES,
} from "./xml/namespaces";
import { readXml, type XmlTag } from "./xml/xml-reader";

export interface PackageSheet {
  name: string;
  path: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookPackage {
  workbookPath: string;
  sheets: PackageSheet[];
  date1904: boolean;
  /**
   * `<calcPr fullCalcOnLoad="1"/>`: the writer asks for every formula to be calculated on opening,
   * so the values it cached beside them are not results (xlsxwriter caches 0 for each one).
   */
  fullCalcOnLoad: boolean;
  sharedStringsPath: string | null;
  stylesPath: string | null;
}

function sheetState(value: string | undefined): PackageSheet["state"] {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

function relationshipId(tag: XmlTag): string | undefined {
  return (
    tag.attribute("id", OFFICE_RELATIONSHIPS) ?? tag.attribute("id", OFFICE_RELATIONSHIPS_STRICT)
  );
}

export function readWorkbookPackage(
  workbookPath: string,
  workbookXml: string,
  workbookRelsXml: string | null
): WorkbookPackage {
  const relationships = relationshipsOf(workbookPath, workbookRelsXml);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const sheets: PackageSheet[] = [];
  let date1904 = false;
  let fullCalcOnLoad = false;
  readXml(
    workbookXml,
    { part: workbookPath, understood: SPREADSHEET_NAMESPACES },
    {
      open(tag) {
        if (tag.local === "workbookPr") {
          date1904 = isTrue(tag.attribute("date1904"));
          return;
        }
        if (tag.local === "calcPr") {
          fullCalcOnLoad = isTrue(tag.attribute("fullCalcOnLoad"));
          return;
        }
        if (tag.local !== "sheet") return;
        const relationship = byId.get(relationshipId(tag) ?? "");
        // Chart sheets and dialog sheets hold no cells.
        if (!relationship || relationship.kind !== "worksheet") return;
        sheets.push({
          name: tag.attribute("name") ?? "",
          path: relationship.path,
          state: sheetState(tag.attribute("state")),
        });
      },
    }
  );
  const partOf = (kind: string) =>
    relationships.find((relationship) => relationship.kind === kind)?.path ?? null;
  return {
    workbookPath,
    sheets,
    date1904,
    fullCalcOnLoad,
    sharedStringsPath: partOf("sharedStrings"),
    stylesPath: partOf("styles"),
  };
}
