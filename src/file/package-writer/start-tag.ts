/**
 * Edits to one start tag's attributes, on the tag's exact text as the tokenizer located it
 * (`<sheet name="A" r:id="rId1"/>`): an attribute is set, replaced in place, or removed, and
 * everything else in the tag — other attributes, their quotes and spacing, namespace
 * declarations — stays as written. The tag has already been read by the XML tokenizer, so it is
 * well-formed: a name, `=`, and a value in matching quotes, none of which holds `<`.
 */
import { escapeXml } from "./xml-escape";

interface AttributeSpan {
  /** The qualified name as written ("r:id", "spans"). */
  name: string;
  /** Offset of the space before the name, and just past the closing quote. */
  start: number;
  end: number;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** The end of the tag's name: the first space, `/` or `>` after `<`. */
function nameEnd(tag: string): number {
  let at = 1;
  while (at < tag.length) {
    const code = tag.charCodeAt(at);
    if (isSpace(code) || code === 0x2f || code === 0x3e || code === 0x3f) break;
    at += 1;
  }
  return at;
}

/** The attributes of a start tag (or of an XML declaration), each with its span in the tag. */
export function attributeSpans(tag: string): AttributeSpan[] {
  const spans: AttributeSpan[] = [];
  let at = nameEnd(tag);
  for (;;) {
    const start = at;
    while (at < tag.length && isSpace(tag.charCodeAt(at))) at += 1;
    const nameStart = at;
    while (at < tag.length && !isSpace(tag.charCodeAt(at)) && tag[at] !== "=" && tag[at] !== ">")
      at += 1;
    if (at === nameStart || tag[at] === ">" || tag[at] === "/" || tag[at] === "?") break;
    const name = tag.slice(nameStart, at);
    at = tag.indexOf("=", at) + 1;
    while (at < tag.length && isSpace(tag.charCodeAt(at))) at += 1;
    const quote = tag[at];
    const close = tag.indexOf(quote, at + 1);
    if (at === 0 || close < 0) break;
    at = close + 1;
    spans.push({ name, start, end: at });
  }
  return spans;
}

export function hasAttribute(tag: string, name: string): boolean {
  return attributeSpans(tag).some((span) => span.name === name);
}

/** The tag with attribute `name` set to `value` (escaped here), in place if present, else appended. */
export function withAttribute(tag: string, name: string, value: string): string {
  const attribute = ` ${name}="${escapeXml(value)}"`;
  const existing = attributeSpans(tag).find((span) => span.name === name);
  if (existing) return tag.slice(0, existing.start) + attribute + tag.slice(existing.end);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return tag.slice(0, close) + attribute + tag.slice(close);
}

/** The tag without attribute `name` (unchanged when it has none). */
export function withoutAttribute(tag: string, name: string): string {
  const existing = attributeSpans(tag).find((span) => span.name === name);
  return existing ? tag.slice(0, existing.start) + tag.slice(existing.end) : tag;
}

/** The element's qualified name as written ("x:row", "sheet"). */
export function tagName(tag: string): string {
  return tag.slice(1, nameEnd(tag));
}

/** The prefix of the tag's element name with its colon ("x:" for `<x:row>`), "" for none. */
export function tagPrefix(tag: string): string {
  const name = tag.slice(1, nameEnd(tag));
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

/** The start tag as an empty element: `<row r="3">` → `<row r="3"/>`. */
export function selfClosed(tag: string): string {
  return tag.endsWith("/>") ? tag : `${tag.slice(0, -1)}/>`;
}
