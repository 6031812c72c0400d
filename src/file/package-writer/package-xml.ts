/**
 * The package-level lists the writer edits: a part's relationships (`_rels/*.rels`) and the
 * content types (`[Content_Types].xml`). Entries are added or removed as text; everything
 * else in those parts is kept as it is.
 */
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
  const used = new Set([...relsXml.matchAll(/\sId="([^"]*)"/g)].map((match) => match[1]));
  for (let number = used.size + 1; ; number += 1)
    if (!used.has(`rId${number}`)) return `rId${number}`;
}

function beforeClosing(xml: string, closingTag: string, element: string): string {
  const at = xml.lastIndexOf(closingTag);
  if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  // `<Relationships/>` or `<Types/>`: open it.
  const name = closingTag.slice(2, -1);
  return xml.replace(new RegExp(`<${name}\\b([^>]*?)/>`), `<${name}$1>${element}${closingTag}`);
}

export function addRelationship(relsXml: string, id: string, type: string, target: string): string {
  return beforeClosing(
    relsXml,
    "</Relationships>",
    `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`
  );
}

/** The relationships of `relsXml` as (id, type, target) triples. */
export function relationshipList(relsXml: string): { id: string; type: string; target: string }[] {
  return [...relsXml.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((match) => ({
    id: /\sId="([^"]*)"/.exec(match[1])?.[1] ?? "",
    type: /\sType="([^"]*)"/.exec(match[1])?.[1] ?? "",
    target: /\sTarget="([^"]*)"/.exec(match[1])?.[1] ?? "",
  }));
}

export function removeRelationship(relsXml: string, id: string): string {
  return relsXml.replace(
    new RegExp(`<Relationship\\b[^>]*?\\sId="${id}"[^>]*?(?:/>|>\\s*</Relationship>)`),
    ""
  );
}

/** Content types: an override for a part ("/xl/worksheets/sheet9.xml"), replacing in place any there was. */
export function withOverride(typesXml: string, partPath: string, contentType: string): string {
  const element = `<Override PartName="${escapeXml(`/${partPath}`)}" ContentType="${contentType}"/>`;
  const existing = overridePattern(partPath).exec(typesXml);
  if (existing)
    return (
      typesXml.slice(0, existing.index) +
      element +
      typesXml.slice(existing.index + existing[0].length)
    );
  return beforeClosing(typesXml, "</Types>", element);
}

function overridePattern(partPath: string): RegExp {
  const partName = escapeXml(`/${partPath}`).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`<Override\\b[^>]*?\\sPartName="${partName}"[^>]*?/>`, "i");
}

export function withoutOverride(typesXml: string, partPath: string): string {
  return typesXml.replace(overridePattern(partPath), "");
}

/** A target of a relationship from `fromPath`'s folder to `toPath` ("worksheets/sheet2.xml", "../charts/chart1.xml"). */
export function relativeTarget(fromPath: string, toPath: string): string {
  const from = fromPath.split("/").slice(0, -1);
  const to = toPath.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
