/**
 * Payment terms as ledgers write them: a number of days (45), or text such as "Net 45", "N45",
 * "45 days", "2/10 net 30" (2 % off within 10 days, due in 30 → 30), "Due on receipt" (0),
 * "n/30", "30天", "月结30天". The text is cut into tokens (numbers, words, Chinese runs, "/" and "%")
 * by a scanner, then read against the tables below: words that only say "days" or "net" are
 * dropped, phrases that mean "pay now" give 0, and exactly one number must remain. Anything
 * else is reported, never guessed.
 */
import { parseCountCell } from "./parse-number";
import type { Parsed } from "./parsed";
import { errorCellFailure, parseFailure, parsedValue } from "./parsed";
import type { RawCell } from "./raw";
import { isRawError } from "./raw";
import { READ_CODES } from "./read-problem";
import { normaliseCellText } from "./text-normalise";

/** Terms text longer than this is not terms; it is refused before it is scanned. */
const MAX_TERMS_TEXT = 64;

/** Words that say "net" or "days" around the number, by language; they carry no value. */
const FILLER_WORDS: Readonly<Record<"en" | "zh-CN" | "zh-TW", readonly string[]>> = {
  en: ["net", "n", "days", "day", "d", "dys"],
  "zh-CN": ["天", "日", "月结", "净", "账期", "付款"],
  "zh-TW": ["天", "日", "月結", "淨", "帳期", "付款"],
};

/** Whole phrases (tokens joined by one space) that mean payment is due at once: 0 days. */
const DUE_AT_ONCE: Readonly<Record<"en" | "zh-CN" | "zh-TW", readonly string[]>> = {
  en: [
    "due on receipt",
    "due upon receipt",
    "on receipt",
    "upon receipt",
    "payable on receipt",
    "cash on delivery",
    "cod",
    "immediate",
    "immediately",
    "cash",
  ],
  "zh-CN": ["货到付款", "款到发货", "现结", "现金", "即付", "见票即付"],
  "zh-TW": ["貨到付款", "款到發貨", "現結", "現金", "即付", "見票即付"],
};

/** The word that ends a discount prefix: "2/10 net 30" reads the number after it. */
const NET_WORDS = new Set(["net", "n", "净", "淨"]);

const FILLERS = new Set(Object.values(FILLER_WORDS).flat());
const AT_ONCE = new Set(Object.values(DUE_AT_ONCE).flat());

type Token =
  | { kind: "number"; text: string }
  | { kind: "word"; text: string }
  | { kind: "slash" }
  | { kind: "percent" };

type CharClass = "digit" | "latin" | "cjk" | "slash" | "percent" | "separator" | "other";

function classOf(char: string): CharClass {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x30 && code <= 0x39) return "digit";
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return "latin";
  if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) return "cjk";
  if (char === "/") return "slash";
  if (char === "%") return "percent";
  if (char === " " || char === "-" || char === ":" || char === "," || char === "." || char === "：")
    return "separator";
  return "other";
}

/** The tokens of normalised text, or null when it holds a character terms never contain. */
export function termsTokens(text: string): Token[] | null {
  const tokens: Token[] = [];
  let run = "";
  let runClass: CharClass | null = null;
  const flush = () => {
    if (runClass === "digit") tokens.push({ kind: "number", text: run });
    else if (runClass === "latin" || runClass === "cjk")
      tokens.push({ kind: "word", text: run.toLowerCase() });
    run = "";
    runClass = null;
  };
  for (const char of text) {
    const charClass = classOf(char);
    if (charClass === "other") return null;
    if (charClass !== runClass) flush();
    if (charClass === "slash") tokens.push({ kind: "slash" });
    else if (charClass === "percent") tokens.push({ kind: "percent" });
    else if (charClass !== "separator") {
      run += char;
      runClass = charClass;
    }
  }
  flush();
  return tokens;
}

/** "2/10 net 30", "2%/10 net 30": drops the discount part before the net word. */
function withoutDiscount(tokens: Token[]): Token[] {
  const net = tokens.findIndex((token) => token.kind === "word" && NET_WORDS.has(token.text));
  if (net <= 0) return tokens;
  const prefix = tokens.slice(0, net).filter((token) => token.kind !== "percent");
  const isDiscount =
    prefix.length === 3 &&
    prefix[0].kind === "number" &&
    prefix[1].kind === "slash" &&
    prefix[2].kind === "number";
  return isDiscount ? tokens.slice(net) : tokens;
}

/** Days from terms text, or null when the text is not terms. */
export function termsDaysFromText(text: string): number | null {
  const normalised = normaliseCellText(text);
  if (normalised.length === 0 || normalised.length > MAX_TERMS_TEXT) return null;
  const tokens = termsTokens(normalised);
  if (tokens === null || tokens.length === 0) return null;
  const words = tokens.map((token) => (token.kind === "word" ? token.text : "")).join(" ");
  if (tokens.every((token) => token.kind === "word") && AT_ONCE.has(words)) return 0;
  let days: number | null = null;
  let afterNet = false;
  for (const token of withoutDiscount(tokens)) {
    // "n/30" writes the net word with a slash.
    const slashOfNet = token.kind === "slash" && afterNet;
    afterNet = token.kind === "word" && NET_WORDS.has(token.text);
    if (slashOfNet || (token.kind === "word" && FILLERS.has(token.text))) continue;
    if (token.kind !== "number" || days !== null) return null;
    days = Number(token.text);
  }
  return days !== null && Number.isSafeInteger(days) ? days : null;
}

/** Terms in days: a whole number ≥ 0, or terms text in one of the forms above. */
export function parseTermsCell(cell: RawCell): Parsed<number> {
  if (typeof cell === "string") {
    const days = termsDaysFromText(cell);
    if (days !== null) return parsedValue(days);
    // "45" or "45.0" typed as text still reads as a number (with its own messages).
    const asNumber = parseCountCell(cell);
    return asNumber.ok ? asNumber : parseFailure(READ_CODES.notTerms);
  }
  if (cell !== null && isRawError(cell)) return errorCellFailure(cell);
  return parseCountCell(cell);
}
