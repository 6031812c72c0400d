/**
 * Formatting for the pane, checked against what Intl on Node 20 prints for each locale.
 * 123456789 minor units at 100 per unit = 1,234,567.89 currency units.
 */
import { serialDate } from "../../src/engine/serial-date";
import fc from "fast-check";
import { isoFromSerial, serialFromYmd } from "../../src/engine/dates";
import {
  DATE_INVALID,
  formatDate,
  formatDays,
  formatMoney,
  formatNumber,
  formatPercent,
  MINOR_NOT_INTEGER,
  MINOR_PER_UNIT_INVALID,
  minorToDecimalString,
  SERIAL_INVALID,
  utcDateFromSerial,
} from "../../src/i18n/format";

// 2025-01-01 is serial 45658; 2026-01-01 is 365 days later (46023); 30 June is day 181 of 2026
// (31+28+31+30+31 = 151 days before June, +30), so 46023 + 180 = 46203.
const JUNE_30_2026 = 46203;

describe("formatMoney", () => {
  test.each(["en-US", "zh-CN", "zh-TW"] as const)(
    "%s groups by thousands with two decimals",
    (locale) => {
      expect(formatMoney(123456789, 100, locale)).toBe("1,234,567.89");
    }
  );

  test("currency symbols follow the locale", () => {
    expect(formatMoney(123456789, 100, "en-US", "USD")).toBe("$1,234,567.89");
    expect(formatMoney(123456789, 100, "zh-CN", "CNY")).toBe("¥1,234,567.89");
    expect(formatMoney(123456789, 100, "zh-TW", "TWD")).toBe("$1,234,567.89");
    expect(formatMoney(123456789, 100, "en-US", "CNY")).toBe("CN¥1,234,567.89");
    expect(formatMoney(-123456789, 100, "en-US", "USD")).toBe("-$1,234,567.89");
  });

  test("decimals follow the minor units, not the currency's default", () => {
    expect(formatMoney(1234567, 1, "en-US")).toBe("1,234,567");
    expect(formatMoney(1234567, 1000, "zh-CN")).toBe("1,234.567");
    expect(formatMoney(5, 100, "en-US", "JPY")).toBe("¥0.05");
    expect(formatMoney(0, 100, "zh-TW")).toBe("0.00");
  });

  test("the largest exact amount loses no cent", () => {
    // 2^53 − 1 minor = 90,071,992,547,409.91; dividing as a float gives ….90625, printed ".90".
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 100, "en-US")).toBe("90,071,992,547,409.91");
  });

  test("the pseudo-locale formats as English", () => {
    expect(formatMoney(123456789, 100, "qps-ploc", "USD")).toBe("$1,234,567.89");
  });

  test("refuses amounts that are not whole minor units and odd unit sizes", () => {
    expect(() => formatMoney(10.5, 100, "en-US")).toThrow(MINOR_NOT_INTEGER);
    expect(() => formatMoney(100, 12, "en-US")).toThrow(MINOR_PER_UNIT_INVALID);
    expect(() => formatMoney(100, 0, "en-US")).toThrow(MINOR_PER_UNIT_INVALID);
  });

  test("the decimal string reads back to the same integer for any amount", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom(1, 10, 100, 1000), (minor, perUnit) => {
        const text = minorToDecimalString(minor, perUnit);
        const digits = Math.log10(perUnit);
        const fraction = digits === 0 ? "" : text.split(".")[1];
        return BigInt(text.replace(".", "")) === BigInt(minor) && fraction.length === digits;
      })
    );
  });
});

describe("numbers, shares and days", () => {
  test("formatNumber", () => {
    expect(formatNumber(1234567.891, "en-US", 2)).toBe("1,234,567.89");
    expect(formatNumber(1234567.891, "zh-CN", 2)).toBe("1,234,567.89");
    expect(formatNumber(42, "zh-TW")).toBe("42");
  });

  test.each(["en-US", "zh-CN", "zh-TW"] as const)("formatPercent %s", (locale) => {
    expect(formatPercent(0.125, locale)).toBe("12.5%");
    expect(formatPercent(0.6, locale)).toBe("60%");
  });

  test("formatDays uses each language's unit word", () => {
    expect(formatDays(1, "en-US")).toBe("1 day");
    expect(formatDays(30, "en-US")).toBe("30 days");
    expect(formatDays(30, "zh-CN")).toBe("30天");
    expect(formatDays(30, "zh-TW")).toBe("30 天");
  });
});

describe("formatDate", () => {
  test("numeric: ISO in English, year/month/day in Chinese", () => {
    expect(formatDate(JUNE_30_2026, "en-US")).toBe("2026-06-30");
    expect(formatDate(JUNE_30_2026, "zh-CN")).toBe("2026/6/30");
    expect(formatDate(JUNE_30_2026, "zh-TW")).toBe("2026/6/30");
  });

  test("long", () => {
    expect(formatDate(JUNE_30_2026, "en-US", "long")).toBe("Jun 30, 2026");
    expect(formatDate(JUNE_30_2026, "zh-CN", "long")).toBe("2026年6月30日");
    expect(formatDate(JUNE_30_2026, "zh-TW", "long")).toBe("2026年6月30日");
  });

  test("a Date or ISO string names the same UTC day, whatever its time", () => {
    expect(formatDate(new Date(Date.UTC(2026, 5, 30, 23, 59)), "zh-CN")).toBe("2026/6/30");
    expect(formatDate("2026-06-30", "en-US", "long")).toBe("Jun 30, 2026");
    expect(formatDate("2026-06-30T18:00:00", "zh-TW")).toBe("2026/6/30");
  });

  test("refuses what is not a date", () => {
    expect(() => formatDate("2026-02-30", "en-US")).toThrow(DATE_INVALID);
    expect(() => formatDate("30/06/2026", "en-US")).toThrow(DATE_INVALID);
    expect(() => formatDate(new Date(Number.NaN), "en-US")).toThrow(DATE_INVALID);
    expect(() => formatDate(60, "en-US")).toThrow(SERIAL_INVALID);
    expect(() => formatDate(45000.5, "en-US")).toThrow(SERIAL_INVALID);
  });

  test("serials around Excel's fictitious 29 Feb 1900 show the days Excel shows", () => {
    expect(utcDateFromSerial(1).toISOString().slice(0, 10)).toBe("1900-01-01");
    expect(utcDateFromSerial(59).toISOString().slice(0, 10)).toBe("1900-02-28");
    expect(utcDateFromSerial(61).toISOString().slice(0, 10)).toBe("1900-03-01");
  });

  test("agrees with the engine's serial dates from 1900-03-01 to 9999-12-31", () => {
    const last = serialFromYmd(9999, 12, 31);
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: last }).map(serialDate),
        (serial) => formatDate(serial, "en-US") === isoFromSerial(serial)
      )
    );
  });
});
