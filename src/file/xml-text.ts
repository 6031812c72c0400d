/**
 * Text of an attribute value the package writer has cut out of a part itself: its entities and
 * Excel's `_xHHHH_` escapes decoded. The reader never needs this (the XML layer in `xml/` decodes
 * entities); it stays for the writer until it reads parts through that layer too.
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
