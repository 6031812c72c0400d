/**
 * A part's bytes as text, by byte-order mark and XML declaration as XML 1.0 (Appendix F) and
 * Excel read them: UTF-8 (the default), UTF-16 little or big endian (with a BOM, or recognised
 * by `<?` as two-byte characters). A part declaring any other encoding is refused with a
 * sentence naming it, never read as the wrong characters.
 */
import { XmlPartError } from "./xml-part-error";

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/** Encodings a declaration may name for text decoded as UTF-8: US-ASCII is a subset of it. */
const UTF8_NAMES = new Set(["utf-8", "utf8", "us-ascii", "ascii"]);
/** A declaration may name UTF-16 (or, contradicting its BOM, UTF-8: the BOM wins, as in Excel). */
const UTF16_NAMES = new Set(["utf-16", "utf-16le", "utf-16be", "utf-8", "utf8"]);
/** An XML declaration is short; the search for its end never looks further than this. */
const DECLARATION_MAX_LENGTH = 512;

function sniff(bytes: Uint8Array): Encoding {
  const [first, second, third, fourth] = bytes;
  if (first === 0xff && second === 0xfe) return "utf-16le";
  if (first === 0xfe && second === 0xff) return "utf-16be";
  if (first === 0x3c && second === 0x00 && third === 0x3f && fourth === 0x00) return "utf-16le";
  if (first === 0x00 && second === 0x3c && third === 0x00 && fourth === 0x3f) return "utf-16be";
  return "utf-8";
}

function isSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\n" || char === "\r";
}

/** The `encoding` pseudo-attribute of the text's XML declaration, lower-cased; null when absent. */
export function declaredEncoding(text: string): string | null {
  if (!text.startsWith("<?xml")) return null;
  const end = text.indexOf("?>");
  if (end < 0 || end > DECLARATION_MAX_LENGTH) return null;
  const declaration = text.slice(0, end);
  const name = declaration.indexOf("encoding");
  if (name < 0) return null;
  let cursor = name + "encoding".length;
  while (cursor < declaration.length && isSpace(declaration[cursor])) cursor += 1;
  if (declaration[cursor] !== "=") return null;
  cursor += 1;
  while (cursor < declaration.length && isSpace(declaration[cursor])) cursor += 1;
  const quote = declaration[cursor];
  if (quote !== '"' && quote !== "'") return null;
  const close = declaration.indexOf(quote, cursor + 1);
  return close < 0 ? null : declaration.slice(cursor + 1, close).toLowerCase();
}

export interface DecodeOptions {
  /**
   * The bytes are only the start of the part (a look at its head): an incomplete last character
   * is left out instead of refused.
   */
  partial?: boolean;
}

/** Throws `XmlPartError` naming `part` when the bytes are not text in an encoding Excel writes. */
export function decodeXmlPart(
  bytes: Uint8Array,
  part: string,
  options: DecodeOptions = {}
): string {
  const encoding = sniff(bytes);
  let text: string;
  try {
    // The decoder drops the byte-order mark itself.
    text = new TextDecoder(encoding, { fatal: options.partial !== true }).decode(bytes, {
      stream: options.partial === true,
    });
  } catch (error) {
    // Decoders throw a TypeError for invalid bytes; compared by name, as it may come from another realm.
    if ((error as { name?: unknown } | null)?.name !== "TypeError") throw error;
    throw new XmlPartError(part, `The part "${part}" is not valid ${encoding.toUpperCase()} text`, {
      cause: error,
    });
  }
  const declared = declaredEncoding(text);
  const accepted = encoding === "utf-8" ? UTF8_NAMES : UTF16_NAMES;
  if (declared !== null && !accepted.has(declared))
    throw new XmlPartError(
      part,
      `The part "${part}" is written in the encoding "${declared}", which is not read (Excel writes UTF-8 or UTF-16)`
    );
  return text;
}
