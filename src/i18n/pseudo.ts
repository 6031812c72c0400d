/**
 * Pseudo-localisation: English turned into accented, lengthened, bracketed text. A string that
 * shows up plain in the pseudo-locale was never routed through the translation tables.
 * `{placeholders}` and command-line options (`--as-of`, `-q`) are kept intact: they are code,
 * and interpolation or a copied command must still work on the result.
 */

const ACCENTED: Record<string, string> = {
  a: "á",
  b: "ƀ",
  c: "ç",
  d: "ð",
  e: "é",
  f: "ƒ",
  g: "ĝ",
  h: "ĥ",
  i: "í",
  j: "ĵ",
  k: "ķ",
  l: "ļ",
  m: "ɱ",
  n: "ñ",
  o: "ö",
  p: "þ",
  q: "ǫ",
  r: "ŕ",
  s: "ŝ",
  t: "ţ",
  u: "û",
  v: "ṽ",
  w: "ŵ",
  x: "ẋ",
  y: "ý",
  z: "ž",
  A: "Á",
  B: "Ɓ",
  C: "Ç",
  D: "Ð",
  E: "É",
  F: "Ƒ",
  G: "Ĝ",
  H: "Ĥ",
  I: "Í",
  J: "Ĵ",
  K: "Ķ",
  L: "Ļ",
  M: "Ṁ",
  N: "Ñ",
  O: "Ö",
  P: "Þ",
  Q: "Ǫ",
  R: "Ŕ",
  S: "Ŝ",
  T: "Ţ",
  U: "Û",
  V: "Ṽ",
  W: "Ŵ",
  X: "Ẋ",
  Y: "Ý",
  Z: "Ž",
};

/** Opening and closing marks of a pseudo-localised string. */
export const PSEUDO_OPEN = "[";
export const PSEUDO_CLOSE = "]";

/** A `{placeholder}`, or an option at the start of a word (`--as-of`, `-q`). */
const KEPT_AS_IS = /(\{[^{}]*\}|(?<![\w-])--?[A-Za-z][\w-]*)/;

/** Letters accented; placeholders and options left as they are. */
export function accentLetters(text: string): string {
  return text
    .split(KEPT_AS_IS)
    .map((piece, index) =>
      index % 2 === 1 ? piece : [...piece].map((ch) => ACCENTED[ch] ?? ch).join("")
    )
    .join("");
}

/**
 * "Score" → "[Ŝçöŕé !!!]". The tail of "!" grows with the text (about a third of its length,
 * at least one) to show where a translation 30 % longer would be cut off.
 */
export function pseudoLocalize(text: string): string {
  const padding = "!".repeat(Math.max(1, Math.ceil(text.length / 3)));
  return `${PSEUDO_OPEN}${accentLetters(text)} ${padding}${PSEUDO_CLOSE}`;
}

/** Excel's sheet-name limit; brackets are not allowed in a sheet name either. */
const SHEET_NAME_MAX = 31;

/** Pseudo form that is still a valid sheet name: accented, "!!" mark, no brackets, ≤ 31 chars. */
export function pseudoSheetName(text: string): string {
  const mark = " !!";
  return accentLetters(text).slice(0, SHEET_NAME_MAX - mark.length) + mark;
}
