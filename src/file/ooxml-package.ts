/**
 * Where things are in a workbook package: the workbook part (through the package
 * relationships), its sheets in tab order with their parts, the shared strings and styles
 * parts, and the date system. Paths are zip entry names ("xl/worksheets/sheet1.xml").
 */
import {
  OFFICE_RELATIONSHIPS,
  OFFICE_RELATIONSHIPS_STRICT,
  PACKAGE_NAMESPACES,
  PACKAGE_RELATIONSHIPS,
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
  sharedStringsPath: string | null;
  stylesPath: string | null;
}

export interface Relationship {
  id: string;
  /** The last segment of the type URI ("worksheet", "sharedStrings", "table", ...). */
  kind: string;
  path: string;
  external: boolean;
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relationshipsPath(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to the source part's folder unless it starts with "/". */
export function resolveTarget(sourcePath: string, target: string): string {
  const absolute = target.startsWith("/");
  const base = absolute ? [] : sourcePath.split("/").slice(0, -1);
  for (const segment of (absolute ? target.slice(1) : target).split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

/** The relationships of `sourcePath`, from its relationships part (`relsPart`, for messages). */
export function readRelationships(
  sourcePath: string,
  relsXml: string | null,
  relsPart = relationshipsPath(sourcePath)
): Relationship[] {
  if (relsXml === null) return [];
  const relationships: Relationship[] = [];
  readXml(
    relsXml,
    { part: relsPart, understood: PACKAGE_NAMESPACES },
    {
      open(tag) {
        if (tag.uri !== PACKAGE_RELATIONSHIPS || tag.local !== "Relationship") return;
        const target = tag.attribute("Target") ?? "";
        const external = tag.attribute("TargetMode") === "External";
        relationships.push({
          id: tag.attribute("Id") ?? "",
          kind: (tag.attribute("Type") ?? "").split("/").pop() ?? "",
          path: external ? target : resolveTarget(sourcePath, target),
          external,
        });
      },
    }
  );
  return relationships;
}

/** The workbook part named by the package relationships, "xl/workbook.xml" when they say nothing. */
export function workbookPartPath(packageRelsXml: string | null): string {
  const office = readRelationships("", packageRelsXml).find(
    (relationship) => relationship.kind === "officeDocument"
  );
  return office ? office.path : "xl/workbook.xml";
}

function sheetState(value: string | undefined): PackageSheet["state"] {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
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
  const relationships = readRelationships(workbookPath, workbookRelsXml);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const sheets: PackageSheet[] = [];
  let date1904 = false;
  readXml(
    workbookXml,
    { part: workbookPath, understood: SPREADSHEET_NAMESPACES },
    {
      open(tag) {
        if (tag.local === "workbookPr") {
          const value = tag.attribute("date1904");
          date1904 = value === "1" || value === "true";
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
    sharedStringsPath: partOf("sharedStrings"),
    stylesPath: partOf("styles"),
  };
}
