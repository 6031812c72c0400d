/**
 * Where things are in a workbook package: the workbook part (through the package
 * relationships), its sheets in tab order with their parts, the shared strings and styles
 * parts, and the date system. Paths are zip entry names ("xl/worksheets/sheet1.xml").
 */
import { attributesOf, elements, isTrue } from "./xml-text";

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
  const base = target.startsWith("/") ? [] : sourcePath.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

export function readRelationships(sourcePath: string, relsXml: string | null): Relationship[] {
  if (relsXml === null) return [];
  return elements(relsXml, "Relationship").map((attributes) => {
    const target = attributes.get("Target") ?? "";
    const external = attributes.get("TargetMode") === "External";
    return {
      id: attributes.get("Id") ?? "",
      kind: (attributes.get("Type") ?? "").split("/").pop() ?? "",
      path: external ? target : resolveTarget(sourcePath, target),
      external,
    };
  });
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

export function readWorkbookPackage(
  workbookPath: string,
  workbookXml: string,
  workbookRelsXml: string | null
): WorkbookPackage {
  const relationships = readRelationships(workbookPath, workbookRelsXml);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const sheets: PackageSheet[] = [];
  for (const sheet of elements(workbookXml, "sheet")) {
    const relationship = byId.get(
      sheet.get("r:id") ?? [...sheet.entries()].find(([key]) => key.endsWith(":id"))?.[1] ?? ""
    );
    // Chart sheets and dialog sheets hold no cells.
    if (!relationship || relationship.kind !== "worksheet") continue;
    sheets.push({
      name: sheet.get("name") ?? "",
      path: relationship.path,
      state: sheetState(sheet.get("state")),
    });
  }
  const properties = elements(workbookXml, "workbookPr")[0] ?? attributesOf("");
  const partOf = (kind: string) =>
    relationships.find((relationship) => relationship.kind === kind)?.path ?? null;
  return {
    workbookPath,
    sheets,
    date1904: isTrue(properties.get("date1904")),
    sharedStringsPath: partOf("sharedStrings"),
    stylesPath: partOf("styles"),
  };
}
