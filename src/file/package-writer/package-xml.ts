/**
 * The package-level lists the writer edits: a part's relationships (`_rels/*.rels`) and the
 * content types (`[Content_Types].xml`). Both are read with the shared XML tokenizer — the one
 * relationship parser of the writer — and entries are added or removed by splicing the text at
 * the tokenizer's offsets, so everything else in those parts is kept exactly as written.
 */
import { resolveTarget } from "../ooxml-package";
import {
  CONTENT_TYPES as CONTENT_TYPES_NAMESPACE,
  PACKAGE_NAMESPACES,
  PACKAGE_RELATIONSHIPS,
} from "../xml/namespaces";
import { readXml, type XmlTag } from "../xml/xml-reader";
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

/** An element of a package part and where it stands in the text. */
interface Located {
  /** Offsets of its start tag's "<" and just past its end (the end tag's ">", or "/>"). */
  start: number;
  end: number;
}

export interface RelationshipEntry extends Located {
  id: string;
  /** The full type URI. */
  type: string;
  /** The last segment of the type ("worksheet", "styles"), the same in Transitional and Strict. */
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

interface PackageList<Entry> {
  entries: Entry[];
  /** Where a new entry goes: before the root's end tag, or, for `<Root/>`, the root tag to open. */
  rootEnd: number;
  rootTag: { start: number; end: number; selfClosing: boolean } | null;
}

/** The child elements `local` of a package part's root in namespace `uri`, each made by `make`. */
function readList<Entry>(
  xml: string,
  part: string,
  uri: string,
  local: string,
  make: (tag: XmlTag) => Omit<Entry, "start" | "end">
): PackageList<Entry & Located> {
  const entries: (Entry & Located)[] = [];
  const list: PackageList<Entry & Located> = { entries, rootEnd: xml.length, rootTag: null };
  let depth = 0;
  let open: (Entry & Located) | null = null;
  readXml(
    xml,
    { part, understood: PACKAGE_NAMESPACES },
    {
      open(tag) {
        depth += 1;
        if (depth === 1)
          list.rootTag = { start: tag.start, end: tag.end, selfClosing: tag.selfClosing };
        else if (depth === 2 && tag.uri === uri && tag.local === local)
          open = { ...make(tag), start: tag.start, end: tag.end } as Entry & Located;
      },
      close(tag) {
        if (depth === 2 && open !== null) {
          open.end = tag.end;
          entries.push(open);
          open = null;
        } else if (depth === 1) list.rootEnd = tag.start;
        depth -= 1;
      },
    }
  );
  return list;
}

function relationshipsRead(relsXml: string, part: string): PackageList<RelationshipEntry> {
  return readList<Omit<RelationshipEntry, keyof Located>>(
    relsXml,
    part,
    PACKAGE_RELATIONSHIPS,
    "Relationship",
    (tag) => {
      const type = tag.attribute("Type") ?? "";
      return {
        id: tag.attribute("Id") ?? "",
        type,
        kind: type.slice(type.lastIndexOf("/") + 1),
        target: tag.attribute("Target") ?? "",
        external: tag.attribute("TargetMode") === "External",
      };
    }
  );
}

/** The relationships of a `.rels` part, in document order. */
export function relationshipList(
  relsXml: string,
  part = "a relationships part"
): RelationshipEntry[] {
  return relationshipsRead(relsXml, part).entries;
}

/** The relationships of the part `sourcePath` (its `.rels` text, or null when it has none), targets resolved. */
export function relationshipsOf(
  sourcePath: string,
  relsXml: string | null,
  part = "a relationships part"
): ResolvedRelationship[] {
  if (relsXml === null) return [];
  return relationshipList(relsXml, part).map((entry) => ({
    ...entry,
    path: entry.external ? entry.target : resolveTarget(sourcePath, entry.target),
  }));
}

/** A relationship id not used in the part yet ("rId7"). */
export function freeRelationshipId(relsXml: string): string {
  const used = new Set(relationshipList(relsXml).map((entry) => entry.id));
  for (let number = used.size + 1; ; number += 1)
    if (!used.has(`rId${number}`)) return `rId${number}`;
}

/** The element made by `element` (given the root's prefix, "" or e.g. "pr:") put as the root's last child. */
function appended<Entry>(
  xml: string,
  list: PackageList<Entry>,
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
    relationshipsRead(relsXml, "a relationships part"),
    (p) =>
      `<${p}Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`
  );
}

export function removeRelationship(relsXml: string, id: string): string {
  return without(
    relsXml,
    relationshipList(relsXml).find((entry) => entry.id === id)
  );
}

function overridesRead(typesXml: string) {
  return readList<{ partName: string }>(
    typesXml,
    "[Content_Types].xml",
    CONTENT_TYPES_NAMESPACE,
    "Override",
    (tag) => ({ partName: tag.attribute("PartName") ?? "" })
  );
}

/** Part names compare without regard to ASCII case (ECMA-376 Part 2, §6.2.2.3). */
function overrideOf(list: PackageList<{ partName: string } & Located>, partPath: string) {
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
