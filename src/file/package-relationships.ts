/**
 * A part's relationships (`_rels/*.rels`), read once for the reader and the writer alike: where
 * the relationships part of a part is, each relationship with its type and its target resolved
 * to a zip entry name, and the workbook part the package relationships name.
 */
import { PACKAGE_RELATIONSHIPS } from "./xml/namespaces";
import { readRootChildren, type Located, type RootChildren } from "./xml/root-children";

export interface RelationshipEntry extends Located {
  id: string;
  /** The full type URI. */
  type: string;
  /** The last segment of the type ("worksheet", "styles", "table"), the same in Transitional and Strict. */
  kind: string;
  /** The target as written. */
  target: string;
  external: boolean;
}

/** A relationship with its target resolved against the source part ("xl/worksheets/sheet1.xml"). */
export interface ResolvedRelationship extends RelationshipEntry {
  /** The target part's path; for an external target, the target as written. */
  path: string;
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

/** A `.rels` part's relationships with where each stands, and where a new one would go. */
export function readRelationshipList(
  relsXml: string,
  part = "a relationships part"
): RootChildren<Omit<RelationshipEntry, keyof Located>> {
  return readRootChildren(relsXml, part, PACKAGE_RELATIONSHIPS, "Relationship", (tag) => {
    const type = tag.attribute("Type") ?? "";
    return {
      id: tag.attribute("Id") ?? "",
      type,
      kind: type.slice(type.lastIndexOf("/") + 1),
      target: tag.attribute("Target") ?? "",
      external: tag.attribute("TargetMode") === "External",
    };
  });
}

/**
 * The relationships of the part `sourcePath` (its `.rels` text, or null when it has none), in
 * document order, targets resolved; `part` names the `.rels` part in a refusal.
 */
export function relationshipsOf(
  sourcePath: string,
  relsXml: string | null,
  part = relationshipsPath(sourcePath)
): ResolvedRelationship[] {
  if (relsXml === null) return [];
  return readRelationshipList(relsXml, part).entries.map((entry) => ({
    ...entry,
    path: entry.external ? entry.target : resolveTarget(sourcePath, entry.target),
  }));
}

/** The workbook part the package relationships name, "xl/workbook.xml" when they name none. */
export function workbookPartPath(packageRelsXml: string | null): string {
  const office = relationshipsOf("", packageRelsXml, "_rels/.rels").find(
    (relationship) => relationship.kind === "officeDocument" && !relationship.external
  );
  return office ? office.path : "xl/workbook.xml";
}
