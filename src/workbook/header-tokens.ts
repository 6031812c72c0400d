/**
 * A header as a set of the words that carry its meaning, so that "Bad Payments Last 3 Months",
 * "No. of bad payments (3 months)" and "近3个月不良付款次数" read as their synonyms do. One pass
 * over the characters (no pattern matching on the user's text): NFKC folds full-width forms and
 * odd spaces, letters and digits form words, a camelCase boundary splits a word, anything else
 * separates. Chinese text becomes one token per character (the synonyms are short phrases, so
 * word order adds nothing), after its filler words are removed. Filler words ("last", "in the",
 * "no. of", "count", 近, 个月, 次数 …) are dropped; number words ("3", "three", "三") stay, as
 * digits, because "3 months" and "6 months" are different columns.
 */

/** Headers are short; a longer text is cut before it costs work. */
export const MAX_HEADER_CHARS = 200;

/** English words that add nothing to what a column holds. */
const ENGLISH_FILLER = new Set([
  "last",
  "past",
  "previous",
  "recent",
  "the",
  "in",
  "of",
  "count",
  "within",
  "during",
]);

/** "no. of", "number of": a count of what follows; only as a phrase ("Customer No." is an id). */
const COUNT_PREFIXES = new Set(["no", "number", "num", "nr"]);

/** Spellings of one word, to one form. */
const ENGLISH_ALIASES = new Map<string, string>([
  ["m", "month"],
  ["mo", "month"],
  ["mos", "month"],
  ["mth", "month"],
  ["mths", "month"],
  ["one", "1"],
  ["two", "2"],
  ["three", "3"],
  ["four", "4"],
  ["five", "5"],
  ["six", "6"],
  ["nine", "9"],
  ["twelve", "12"],
]);

/** Chinese filler, longest first so that 个月 goes before a shorter filler could split it. */
const CHINESE_FILLER = [
  "最近",
  "过去",
  "過去",
  "个月",
  "個月",
  "次数",
  "次數",
  "笔数",
  "筆數",
  "近",
  "的",
];

const CHINESE_DIGITS = new Map<string, string>([
  ["一", "1"],
  ["二", "2"],
  ["两", "2"],
  ["兩", "2"],
  ["三", "3"],
  ["四", "4"],
  ["五", "5"],
  ["六", "6"],
  ["七", "7"],
  ["八", "8"],
  ["九", "9"],
  ["十", "10"],
]);

type CharKind = "latin" | "digit" | "cjk" | "other";

function isCjk(codePoint: number): boolean {
  return (
    (codePoint >= 0x3400 && codePoint <= 0x9fff) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0x20000 && codePoint <= 0x2fa1f)
  );
}

function kindOf(char: string): CharKind {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint >= 0x30 && codePoint <= 0x39) return "digit";
  if (isCjk(codePoint)) return "cjk";
  // A letter is a character whose case folds or that is alphabetic beyond ASCII.
  if (char.toLowerCase() !== char.toUpperCase()) return "latin";
  return "other";
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase();
}

/** Runs of one kind; a lower-to-upper step ("invoiceNo") starts a new run. */
function runs(text: string): { kind: CharKind; text: string }[] {
  const found: { kind: CharKind; text: string }[] = [];
  let current: { kind: CharKind; text: string } | null = null;
  let previous = "";
  for (const char of text) {
    const kind = kindOf(char);
    const camelStep = kind === "latin" && isUpper(char) && previous !== "" && !isUpper(previous);
    if (current !== null && current.kind === kind && !camelStep && kind !== "other") {
      current.text += char;
    } else {
      current = { kind, text: char };
      found.push(current);
    }
    previous = kind === "latin" ? char : "";
  }
  return found.filter((run) => run.kind !== "other");
}

/** "payments" → "payment", so that plural and singular headers agree ("business" is kept). */
function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

function englishWords(words: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (COUNT_PREFIXES.has(word) && words[i + 1] === "of") {
      i++;
      continue;
    }
    if (ENGLISH_FILLER.has(word)) continue;
    kept.push(ENGLISH_ALIASES.get(word) ?? singular(word));
  }
  return kept;
}

function chineseTokens(run: string): string[] {
  let text = run;
  for (const filler of CHINESE_FILLER) text = text.split(filler).join(" ");
  const tokens: string[] = [];
  for (const char of text) {
    if (char === " ") continue;
    tokens.push(CHINESE_DIGITS.get(char) ?? char);
  }
  return tokens;
}

/** The meaningful tokens of a header, in order (duplicates kept). */
export function headerTokens(header: string): string[] {
  const text = header.slice(0, MAX_HEADER_CHARS).normalize("NFKC");
  const tokens: string[] = [];
  let english: string[] = [];
  const flushEnglish = () => {
    tokens.push(...englishWords(english));
    english = [];
  };
  for (const run of runs(text)) {
    if (run.kind === "latin") english.push(run.text.toLowerCase());
    else if (run.kind === "digit") english.push(String(Number(run.text)));
    else {
      flushEnglish();
      tokens.push(...chineseTokens(run.text));
    }
  }
  flushEnglish();
  return tokens;
}

/** The token set as one comparable key ("3 bad month payment"); "" when nothing meaningful is left. */
export function tokenSetKey(header: string): string {
  return [...new Set(headerTokens(header))].sort().join(" ");
}
