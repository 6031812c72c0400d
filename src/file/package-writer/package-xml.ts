/**
 * The package-level lists the writer edits: a part's relationships (`_rels/*.rels`) and the
 * content types (`[Content_Types].xml`). Both are read as located children of their root
 * (relationships by `package-relationships.ts`, the one relationship parser of reader and
 * writer), and entries are added or removed by splicing the text at those offsets, so
 * everything else in those parts is kept exactly as written.
 */
import { readRelationshipList } from "../package-relationships";
import { CONTENT_TYPES as CONTENT_TYPES_NAMESPACE } from "../xml/namespaces";
import { readRootChildren, type Located, type RootChildren } from "../xml/root-children";
import { tagName, tagPrefix } from "./start-tag";
import { escapeXml } from "./xml-escape";

export const RELATIONSHIP_TYPES = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export const EMPTY_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** A relationship id not used in the part yet ("rId7"). */
export function freeRelationshipId(relsXml: string): string {
  const used = new Set(readRelationshipList(relsXml).entries.map((entry) => entry.id));
  for (let number = used.size + 1; ; number += 1)
    if (!used.has(`rId${number}`)) return `rId${number}`;
}

/** The element made by `element` (given the root's prefix, "" or e.g. "pr:") put as the root's last child. */
function appended<Entry>(
  xml: string,
  list: RootChildren<Entry>,
  element: (prefix: string) => string
): string {
  const root = list.rootTag;
  const tag = root === null ? "" : xml.slice(root.start, root.end);
  const made = element(root === null ? "" : tagPrefix(tag));
  if (root !== null && root.selfClosing) {
    return `${xml.slice(0, root.start)}${tag.slice(0, -2)}>${made}</${tagName(tag)}>${xml.slice(root.end)}`;
  }
  return xml.slice(0, list.rootEnd) + made + xml.slice(list.rootEnd);
}

function without(xml: string, located: Located | undefined): string {
  return located === undefined ? xml : xml.slice(0, located.start) + xml.slice(located.end);
}

export function addRelationship(relsXml: string, id: string, type: string, target: string): string {
  return appended(
    relsXml,
    readRelationshipList(relsXml),
    (p) =>
      `<${p}Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`
  );
}

export function removeRelationship(relsXml: string, id: string): string {
  return without(
    relsXml,
    readRelationshipList(relsXml).entries.find((entry) => entry.id === id)
  );
}

function overridesRead(typesXml: string) {
  return readRootChildren(
    typesXml,
    "[Content_Types].xml",
    CONTENT_TYPES_NAMESPACE,
    "Override",
    (tag) => ({ partName: tag.attribute("PartName") ?? "" })
  );
}

/** Part names compare without regard to ASCII case (ECMA-376 Part 2, §6.2.2.3). */
function overrideOf(list: RootChildren<{ partName: string }>, partPath: string) {
  const wanted = `/${partPath}`.toLowerCase();
  return list.entries.find((entry) => entry.partName.toLowerCase() === wanted);
}

/** Content types: an override for a part ("xl/worksheets/sheet9.xml"), replacing in place any there was. */
export function withOverride(typesXml: string, partPath: string, contentType: string): string {
  const element = (p: string) =>
    `<${p}Override PartName="${escapeXml(`/${partPath}`)}" ContentType="${escapeXml(contentType)}"/>`;
  const list = overridesRead(typesXml);
  const existing = overrideOf(list, partPath);
  if (existing) {
    const p = tagPrefix(typesXml.slice(existing.start, existing.end));
    return typesXml.slice(0, existing.start) + element(p) + typesXml.slice(existing.end);
  }
  return appended(typesXml, list, element);
}

export function withoutOverride(typesXml: string, partPath: string): string {
  return without(typesXml, overrideOf(overridesRead(typesXml), partPath));
}

/** A target of a relationship from `fromPath`'s folder to `toPath` ("worksheets/sheet2.xml", "../charts/chart1.xml"). */
export function relativeTarget(fromPath: string, toPath: string): string {
  const from = fromPath.split("/").slice(0, -1);
  const to = toPath.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
