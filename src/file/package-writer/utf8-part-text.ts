/**
 * A part's text as the writer edits it. Every part it writes is encoded as UTF-8, so a part
 * that was UTF-16 (or declared any other encoding the reader accepts) gets a declaration that
 * says UTF-8: a UTF-16 declaration over UTF-8 bytes is a part no program can open.
 */
import { declaredEncoding, decodeXmlPart } from "../xml/decode-xml-part";
import { withAttribute } from "./start-tag";

/** The text with its XML declaration (if it has one) naming UTF-8. */
export function declaredAsUtf8(text: string): string {
  const declared = declaredEncoding(text);
  if (declared === null || declared === "utf-8") return text;
  const end = text.indexOf("?>") + 2;
  return withAttribute(text.slice(0, end), "encoding", "UTF-8") + text.slice(end);
}

/** The part's bytes decoded (by byte-order mark and declaration) and declared as UTF-8. */
export function utf8PartText(bytes: Uint8Array, part: string): string {
  return declaredAsUtf8(decodeXmlPart(bytes, part));
}
