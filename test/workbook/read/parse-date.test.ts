import fc from "fast-check";
import { serialDate } from "../../../src/engine/serial-date";
import type { SerialDate } from "../../../src/engine/types";
import { isoFromSerial, serialFromIso, ymdFromSerial } from "../../../src/engine/dates";
import { dayOrderForLocale } from "../../../src/workbook/date-order";
import type { DateContext } from "../../../src/workbook/parse-date";
import { parseDateCell } from "../../../src/workbook/parse-date";
import type { RawCell } from "../../../src/workbook/raw";

const NO_LOCALE: DateContext = { date1904: false, dayOrder: null };
const MARCH_5 = 46086; // 2026-03-05 (Excel shows 46086 for it)

function value(cell: RawCell, context: DateContext = NO_LOCALE): SerialDate {
  const parsed = parseDateCell(cell, context);
  if (!parsed.ok)
    throw new Error(`expected a date, got ${parsed.code}: ${JSON.stringify(parsed.params ?? {})}`);
  return parsed.value;
}

function code(cell: RawCell, context: DateContext = NO_LOCALE): string {
  const parsed = parseDateCell(cell, context);
  if (parsed.ok) throw new Error(`expected a problem, got ${parsed.value}`);
  return parsed.code;
}

describe("date cells (BAD-INPUTS #1-#6)", () => {
  test("#1 a serial number is the date itself", () => {
    expect(value(46086)).toBe(MARCH_5);
  });

  test("#6 the time part of a serial is dropped (45000.75 is 2023-03-15 18:00 → 45000)", () => {
    expect(value(45000.75)).toBe(45000);
    expect(isoFromSerial(value(45000.75))).toBe("2023-03-15");
  });

  test("#5 a 1904-system serial is shifted by 1,462 days (44624 + 1462 = 46086)", () => {
    expect(value(44624, { date1904: true, dayOrder: null })).toBe(MARCH_5);
  });

  test("#2 ISO, slashed and Chinese text dates", () => {
    expect(value("2026-03-05")).toBe(MARCH_5);
    expect(value("2026/3/5")).toBe(MARCH_5);
    expect(value("2026.03.05")).toBe(MARCH_5);
    expect(value("2026年3月5日")).toBe(MARCH_5);
    expect(value("２０２６年３月５日")).toBe(MARCH_5);
    expect(value("2026-03-05T14:30:00Z")).toBe(MARCH_5);
    expect(value("2026-03-05 14:30")).toBe(MARCH_5);
    expect(value(" 2026-03-05\u00a0")).toBe(MARCH_5);
    expect(value("20260305")).toBe(MARCH_5);
    expect(value("5-Mar-2026")).toBe(MARCH_5);
    expect(value("March 5, 2026")).toBe(MARCH_5);
  });

  test("#2 05/03/2026 follows the locale: en-GB day first, en-US month first", () => {
    expect(value("05/03/2026", { date1904: false, dayOrder: dayOrderForLocale("en-GB") })).toBe(
      MARCH_5
    );
    expect(value("03/05/2026", { date1904: false, dayOrder: dayOrderForLocale("en-US") })).toBe(
      MARCH_5
    );
    expect(value("05.03.2026", { date1904: false, dayOrder: dayOrderForLocale("de-DE") })).toBe(
      MARCH_5
    );
    expect(value("05/03/2026", { date1904: false, dayOrder: dayOrderForLocale("zh-HK") })).toBe(
      MARCH_5
    );
  });

  test("#2 05/03/2026 without a deciding locale is reported as ambiguous", () => {
    expect(code("05/03/2026")).toBe("AMBIGUOUS_DATE");
    expect(code("05/03/2026", { date1904: false, dayOrder: dayOrderForLocale("zh-CN") })).toBe(
      "AMBIGUOUS_DATE"
    );
    expect(code("05/03/2026", { date1904: false, dayOrder: dayOrderForLocale("en") })).toBe(
      "AMBIGUOUS_DATE"
    );
  });

  test("#2 without a locale, a day above 12 leaves only one reading", () => {
    expect(isoFromSerial(value("25/03/2026"))).toBe("2026-03-25");
    expect(isoFromSerial(value("03/25/2026"))).toBe("2026-03-25");
    expect(isoFromSerial(value("05/05/2026"))).toBe("2026-05-05");
  });

  test("#3 two-digit years are reported, never given a century", () => {
    expect(code("05/03/26")).toBe("TWO_DIGIT_YEAR");
    expect(code("26-03-05")).toBe("TWO_DIGIT_YEAR");
    expect(code("26年3月5日")).toBe("TWO_DIGIT_YEAR");
    expect(code("5-Mar-26")).toBe("TWO_DIGIT_YEAR");
  });

  test("#4 serials up to 60 and dates before 1900 are reported", () => {
    expect(code(60)).toBe("DATE_BEFORE_1900");
    expect(code(1)).toBe("DATE_BEFORE_1900");
    expect(code(-5)).toBe("DATE_BEFORE_1900");
    expect(code("1899-12-31")).toBe("DATE_BEFORE_1900");
    expect(code("1900-02-28")).toBe("DATE_BEFORE_1900");
    expect(value(61)).toBe(61); // 1900-03-01
  });

  test("impossible dates and other text are not dates", () => {
    expect(code("2026-02-30")).toBe("NOT_A_DATE");
    expect(code("2026-13-01")).toBe("NOT_A_DATE");
    expect(code("soon")).toBe("NOT_A_DATE");
    expect(code(true)).toBe("NOT_A_DATE");
    expect(code(3_000_000)).toBe("DATE_OUT_OF_RANGE");
  });

  test("29 February is a date in leap years only (2024, 2000), not in 2026, 2100 or 1900", () => {
    expect(value("2024-02-29")).toBe(45351);
    expect(value("2000-02-29")).toBe(36585);
    expect(code("2026-02-29")).toBe("NOT_A_DATE");
    expect(code("2100-02-29")).toBe("NOT_A_DATE");
    expect(code("1900-02-29")).toBe("NOT_A_DATE");
    expect(code("2026-04-31")).toBe("NOT_A_DATE");
    expect(value("2026-12-31")).toBe(46387);
  });

  test("a year-month-day text is a date exactly when the calendar has that day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const calendar = new Date(Date.UTC(year, month - 1, day));
          const exists = calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
          const parsed = parseDateCell(`${year}-${month}-${day}`, NO_LOCALE);
          expect(parsed.ok).toBe(exists);
        }
      )
    );
  });

  test("#11 #12 an error value or a formula without a result is reported", () => {
    expect(code({ error: "#N/A" })).toBe("CELL_ERROR");
    expect(code({ error: "#NO_RESULT" })).toBe("FORMULA_NO_RESULT");
  });

  test("any serial 61..2958465 round-trips through its ISO text and its Chinese text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }).map(serialDate), (serial) => {
        const { year, month, day } = ymdFromSerial(serial);
        expect(value(isoFromSerial(serial))).toBe(serial);
        expect(value(`${year}年${month}月${day}日`)).toBe(serial);
      })
    );
  });

  test("any serial round-trips through the 1904 system", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61 + 1462, max: 2_958_465 }), (serial) => {
        expect(value(serial - 1462, { date1904: true, dayOrder: null })).toBe(serial);
      })
    );
  });

  test("locale rule", () => {
    expect(dayOrderForLocale("en-US")).toBe("mdy");
    expect(dayOrderForLocale("en-GB")).toBe("dmy");
    expect(dayOrderForLocale("zh-TW")).toBeNull();
    expect(dayOrderForLocale(undefined)).toBeNull();
    expect(serialFromIso("2026-03-05")).toBe(MARCH_5);
  });
});
