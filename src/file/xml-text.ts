/**
 * The little XML the workbook parts need, read with regular expressions over the part's text:
 * attributes of a start tag, and text with its entities and Excel's `_xHHHH_` escapes decoded.
 * Element names may carry a namespace prefix (`<x:c>`), as some writers produce.
 */

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** Excel writes characters XML cannot hold (control characters) as _xHHHH_; _x005F_ is a literal "_". */
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function codePoint(hex: string, radix: number): string {
  const value = parseInt(hex, radix);
  return Number.isFinite(value) && value >= 0 && value <= 0x10ffff
    ? String.fromCodePoint(value)
    : "\uFFFD";
}

export function decodeXmlText(text: string): string {
  let decoded = text;
  if (decoded.includes("&")) {
    decoded = decoded.replace(ENTITY, (_match, entity: string) => {
      if (entity.startsWith("#x")) return codePoint(entity.slice(2), 16);
      if (entity.startsWith("#")) return codePoint(entity.slice(1), 10);
      return NAMED[entity];
    });
  }
  if (decoded.includes("_x"))
    decoded = decoded.replace(EXCEL_ESCAPE, (_match, hex: string) => codePoint(hex, 16));
  return decoded;
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's inside (`r="A1" s="3"`), values decoded; a prefix is kept (`r:id`). */
export function attributesOf(tagInside: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tagInside.matchAll(ATTRIBUTE))
    attributes.set(match[1], decodeXmlText(match[2] ?? match[3] ?? ""));
  return attributes;
}

/** Every start (or empty) tag of an element, whatever its prefix, as its attributes. */
export function elements(xml: string, localName: string): Map<string, string>[] {
  const tag = new RegExp(`<(?:[\\w.-]+:)?${localName}\\b([^>]*?)/?>`, "g");
  return [...xml.matchAll(tag)].map((match) => attributesOf(match[1]));
}

/**
 * The text of a rich or plain string item (`<si>`, `<is>`): all of its `<t>` runs joined,
 * leaving out phonetic guides (`<rPh>`), which are not part of the value.
 */
export function stringItemText(inner: string): string {
  const withoutPhonetics = inner.includes("rPh")
    ? inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "")
    : inner;
  let text = "";
  for (const match of withoutPhonetics.matchAll(
    /<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g
  )) {
    text += decodeXmlText(match[1] ?? "");
  }
  return text;
}

export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
