/**
 * The text of a small file the user wrote (a policy, a column mapping): UTF-8, or UTF-16 when a
 * byte-order mark says so (Windows editors save "Unicode" that way). Anything else is refused
 * rather than read as mojibake, because a header or field name misread that way would be
 * reported back to the user as something they never wrote.
 */

export class NotUtf8TextError extends Error {
  readonly code = "NOT_UTF8_TEXT";

  constructor() {
    super("not UTF-8 text");
    this.name = "NotUtf8TextError";
  }
}

type TextEncodingLabel = "utf-8" | "utf-16le" | "utf-16be";

/** The encoding its byte-order mark names, and the mark's length; UTF-8 without a mark. */
function encodingOf(bytes: Uint8Array): { label: TextEncodingLabel; markLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { label: "utf-8", markLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: "utf-16le", markLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: "utf-16be", markLength: 2 };
  return { label: "utf-8", markLength: 0 };
}

function isTypeError(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "name" in error && error.name === "TypeError"
  );
}

/** Decodes `bytes` by their byte-order mark; throws `NotUtf8TextError` for what is not text. */
export function decodeTextBytes(bytes: Uint8Array): string {
  const { label, markLength } = encodingOf(bytes);
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(bytes.subarray(markLength));
  } catch (error) {
    // The decoder's TypeError may come from another realm (a test's vm): matched by its name.
    if (isTypeError(error)) throw new NotUtf8TextError();
    throw error;
  }
  // A NUL never occurs in text a person writes; it marks UTF-16 without its mark, or binary.
  if (text.includes("\u0000")) throw new NotUtf8TextError();
  return text;
}
