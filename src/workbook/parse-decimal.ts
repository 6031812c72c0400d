/**
 * Numbers typed as text (BAD-INPUTS #7): thousands separators, currency signs or codes before or
 * after, any kind of space, full-width digits, "(1,200.00)" and a trailing minus for negatives,
 * a trailing "%". The result keeps the digits as text so that money can be converted to minor
 * units exactly, without going through a float.
 *
 * Separators: with both "," and "." the later one is the decimal point ("1.234,56" = 1234.56);
 * with several of one kind they group thousands; a single one is the decimal point unless it
 * could also group thousands (1–3 digits, not all zeros, before it and exactly three after:
 * "1.200", "1,200"). Such a value is read by the decimal mark its column shows
 * (decimal-convention.ts) and is `AMBIGUOUS_SEPARATOR` without one: never a guess.
 */
import { normaliseCellText } from "./text-normalise";

export type DecimalMark = "dot" | "comma";

/** A value like "1.200" read without knowing its column's decimal mark. */
export const AMBIGUOUS_SEPARATOR: unique symbol = Symbol("ambiguous separator");

export interface DecimalText {
  negative: boolean;
  /** Digits before the decimal point, without leading zeros ("0" for none). */
  integerDigits: string;
  /** Digits after the decimal point, trailing zeros removed. */
  fractionDigits: string;
  /** ISO code when the text named the currency unambiguously ("USD 10", "€10", "HK$10"). */
  currency: string | null;
  percent: boolean;
  /** The decimal mark the text itself shows ("1.200,00" → comma); null when it shows none. */
  shownMark: DecimalMark | null;
}

/** Currency marks, longest first so that "HK$" wins over "$". Code null: the sign alone is ambiguous. */
const CURRENCY_MARKS: readonly (readonly [string, string | null])[] = [
  ["HK$", "HKD"],
  ["NT$", "TWD"],
  ["US$", "USD"],
  ["RMB", "CNY"],
  ["CNY", "CNY"],
  ["USD", "USD"],
  ["HKD", "HKD"],
  ["TWD", "TWD"],
  ["NTD", "TWD"],
  ["EUR", "EUR"],
  ["GBP", "GBP"],
  ["JPY", "JPY"],
  ["MOP", "MOP"],
  ["SGD", "SGD"],
  ["AUD", "AUD"],
  ["CAD", "CAD"],
  ["CHF", "CHF"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["$", null],
  ["¥", null],
  ["元", null],
  ["圆", null],
  ["圓", null],
];

/** Enough passes for "currency, sign, parenthesis" on both ends. */
const MAX_AFFIX_PASSES = 4;
const DOT = 46;
const COMMA = 44;
const PLAIN_NUMBER = /^(-?)(\d+)(?:\.(\d+))?$/;
const SPACES = /\s+/g;
const BODY = /^[\d.,]+$/;

/**
 * The text as a decimal, or null when it is not a number. `columnMark` is the decimal mark of the
 * value's column, when known; without it a value like "1.200" is `AMBIGUOUS_SEPARATOR`.
 */
export function parseDecimalText(
  raw: string,
  columnMark: DecimalMark | null = null
): DecimalText | typeof AMBIGUOUS_SEPARATOR | null {
  let text = normaliseCellText(raw);
  const plain = PLAIN_NUMBER.exec(text);
  if (plain && !(plain[3] !== undefined && couldGroup(plain[2], plain[3])))
    return decimal(
      plain[1] === "-",
      plain[2],
      plain[3] ?? "",
      null,
      false,
      plain[3] ? "dot" : null
    );
  text = text.replace(SPACES, "");
  if (text.length === 0) return null;

  let negativeMarks = 0;
  let percent = false;
  let currency: string | null = null;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1);
  }
  // Currency marks, signs and parentheses may come in any order at either end:
  // "-$1", "$-1", "($1)", "$(1)", "1-", "1 USD-". Peel them off until nothing changes.
  for (let pass = 0; pass < MAX_AFFIX_PASSES; pass++) {
    const before = text;
    for (const mark of [leadingCurrency(text), trailingCurrency(text)]) {
      if (!mark) continue;
      if (mark.code !== null && currency !== null && mark.code !== currency) return null;
      currency = mark.code ?? currency;
      text = mark.atStart ? text.slice(mark.length) : text.slice(0, text.length - mark.length);
    }
    if (text.startsWith("(") && text.endsWith(")")) {
      negativeMarks++;
      text = text.slice(1, -1);
    }
    if (text.startsWith("-")) {
      negativeMarks++;
      text = text.slice(1);
    } else if (text.startsWith("+")) {
      text = text.slice(1);
    }
    if (text.endsWith("-")) {
      negativeMarks++;
      text = text.slice(0, -1);
    }
    if (text === before) break;
  }
  if (negativeMarks > 1 || !BODY.test(text)) return null;
  const marks = separatorMarks(text, columnMark);
  if (marks === AMBIGUOUS_SEPARATOR || marks === null) return marks;
  const parts = splitSeparators(text, marks);
  if (!parts) return null;
  return decimal(
    negativeMarks === 1,
    parts.integer,
    parts.fraction,
    currency,
    percent,
    marks.shown
  );
}

function decimal(
  negative: boolean,
  integer: string,
  fraction: string,
  currency: string | null,
  percent: boolean,
  shownMark: DecimalMark | null
): DecimalText {
  const integerDigits = integer.replace(/^0+(?=\d)/, "") || "0";
  const fractionDigits = fraction.replace(/0+$/, "");
  const isZero = integerDigits === "0" && fractionDigits === "";
  return {
    negative: negative && !isZero,
    integerDigits,
    fractionDigits,
    currency,
    percent,
    shownMark,
  };
}

interface CurrencyMark {
  length: number;
  code: string | null;
  atStart: boolean;
}

/** Digits and "." or "," never start or end a currency mark: the common case skips the search. */
function isNumberChar(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 46 || code === 44;
}

function leadingCurrency(text: string): CurrencyMark | null {
  if (text.length === 0 || isNumberChar(text.charCodeAt(0))) return null;
  const upper = text.toUpperCase();
  for (const [mark, code] of CURRENCY_MARKS) {
    if (upper.startsWith(mark)) return { length: mark.length, code, atStart: true };
  }
  return null;
}

function trailingCurrency(text: string): CurrencyMark | null {
  if (text.length === 0 || isNumberChar(text.charCodeAt(text.length - 1))) return null;
  const upper = text.toUpperCase();
  for (const [mark, code] of CURRENCY_MARKS) {
    if (upper.endsWith(mark) && upper.length > mark.length)
      return { length: mark.length, code, atStart: false };
  }
  return null;
}

interface SeparatorMarks {
  decimalMark: number;
  groupMark: number;
  /** The decimal mark the text shows by itself, not by its column. */
  shown: DecimalMark | null;
}

const MARK_CODE: Readonly<Record<DecimalMark, number>> = { dot: DOT, comma: COMMA };
const MARK_OF_CODE: Readonly<Record<number, DecimalMark>> = { [DOT]: "dot", [COMMA]: "comma" };

/** Which character is the decimal point and which groups thousands; null when nonsense. */
function separatorMarks(
  body: string,
  columnMark: DecimalMark | null
): SeparatorMarks | typeof AMBIGUOUS_SEPARATOR | null {
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalMark = lastDot > lastComma ? DOT : COMMA;
    if (countOf(body, String.fromCharCode(decimalMark)) > 1) return null;
    const groupMark = decimalMark === DOT ? COMMA : DOT;
    return { decimalMark, groupMark, shown: MARK_OF_CODE[decimalMark] };
  }
  if (lastDot < 0 && lastComma < 0) return { decimalMark: -1, groupMark: -1, shown: null };
  const mark = lastDot >= 0 ? DOT : COMMA;
  const other = mark === DOT ? COMMA : DOT;
  const at = Math.max(lastDot, lastComma);
  // Several of one mark group thousands, so the other mark is the decimal point.
  if (countOf(body, String.fromCharCode(mark)) > 1)
    return { decimalMark: other, groupMark: mark, shown: MARK_OF_CODE[other] };
  if (!couldGroup(body.slice(0, at), body.slice(at + 1)))
    return { decimalMark: mark, groupMark: other, shown: MARK_OF_CODE[mark] };
  if (columnMark === null) return AMBIGUOUS_SEPARATOR;
  const decimalMark = MARK_CODE[columnMark];
  return { decimalMark, groupMark: decimalMark === DOT ? COMMA : DOT, shown: null };
}

/** Whether "before<mark>after" could be one thousands group: "1.200" yes, "0.200", "12.5" no. */
function couldGroup(before: string, after: string): boolean {
  if (after.length !== 3 || before.length < 1 || before.length > 3) return false;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) !== 48) return true;
  return false;
}

/** "1,234.5" → { integer: "1234", fraction: "5" }; null when the separators make no sense. */
function splitSeparators(
  body: string,
  { decimalMark, groupMark }: SeparatorMarks
): { integer: string; fraction: string } | null {
  // One pass: digits, group marks only before the decimal mark, three digits after each of them.
  let integer = "";
  let segmentStart = 0;
  let digitsInGroup = 0;
  let groups = 0;
  let fractionStart = -1;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digitsInGroup++;
    } else if (code === groupMark && fractionStart < 0) {
      if (groups === 0 ? digitsInGroup < 1 || digitsInGroup > 3 : digitsInGroup !== 3) return null;
      integer += body.slice(segmentStart, i);
      segmentStart = i + 1;
      digitsInGroup = 0;
      groups++;
    } else if (code === decimalMark && fractionStart < 0) {
      if (groups > 0 && digitsInGroup !== 3) return null;
      integer += body.slice(segmentStart, i);
      fractionStart = i + 1;
    } else {
      return null;
    }
  }
  if (fractionStart < 0) {
    if (groups > 0 && digitsInGroup !== 3) return null;
    integer += body.slice(segmentStart);
  }
  const fraction = fractionStart < 0 ? "" : body.slice(fractionStart);
  if (integer.length === 0 && fraction.length === 0) return null;
  return { integer: integer.length > 0 ? integer : "0", fraction };
}

function countOf(text: string, mark: string): number {
  let count = 0;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) count++;
  return count;
}
