/**
 * DAYSOVERDUE and AGINGBUCKET as formulas beside the spreadsheet's own TODAY(), in a workbook of
 * the 1900 and of the 1904 date system (HyperFormula's nullDate): the TODAY forms give what the
 * plain forms give with TODAY() as the as-of date, a YYYY-MM-DD text date lands on the same day
 * as a date cell, and no result is off by the 1,462 days between the two systems.
 */
import { HyperFormula } from "hyperformula";
import { serialFromLocalDate } from "../../src/engine/dates";
import { DATE_SYSTEM_1900, DATE_SYSTEM_1904 } from "../../src/functions/date-system";
import { AR_TRANSLATIONS, arFunctionPlugin, type HarnessClock } from "./support/ar-function-plugin";

/** Noon UTC: 2026-06-30 on every clock from UTC−11 to UTC+11, wherever the test runs. */
const NOW = new Date(Date.UTC(2026, 5, 30, 12, 0, 0));
const clock: HarnessClock = {
  system: DATE_SYSTEM_1900,
  today: () => serialFromLocalDate(new Date()),
};
const plugin = arFunctionPlugin(clock);

const SHEET = [
  [
    "=DATE(2026,5,16)",
    "=AR.DAYSOVERDUE(A1,TODAY())",
    "=AR.DAYSOVERDUETODAY(A1)",
    "=TODAY()-A1",
    "=AR.AGINGBUCKET(A1,TODAY())",
    "=AR.AGINGBUCKETTODAY(A1)",
    '=AR.DAYSOVERDUE("2026-05-16",DATE(2026,6,30))',
    '=AR.DAYSOVERDUE(A1,"2026-06-30")',
    "=DATE(2026,6,30)",
  ],
];
const COLUMNS = ["A", "B", "C", "D", "E", "F", "G", "H", "I"];

/** Every cell of the sheet's first row, by column letter, computed under `system`. */
function rowIn(nullDate: { year: number; month: number; day: number }) {
  const hf = HyperFormula.buildFromArray(SHEET, { licenseKey: "gpl-v3", nullDate });
  try {
    return Object.fromEntries(
      COLUMNS.map((column, index) => [column, hf.getCellValue({ sheet: 0, row: 0, col: index })])
    );
  } finally {
    hf.destroy();
  }
}

beforeAll(() => {
  HyperFormula.registerFunctionPlugin(plugin, AR_TRANSLATIONS);
  jest.useFakeTimers({ now: NOW });
});

afterAll(() => {
  jest.useRealTimers();
  HyperFormula.unregisterFunctionPlugin(plugin);
});

describe("dates as formulas", () => {
  it("in a 1900 workbook: the TODAY forms equal the plain forms with TODAY(), 45 days after 2026-05-16", () => {
    clock.system = DATE_SYSTEM_1900;
    const row = rowIn({ year: 1899, month: 12, day: 30 });
    expect(row.A).toBe(46158); // 2026-05-16 (46203 for 2026-06-30, minus 45)
    expect([row.B, row.C, row.D, row.G, row.H]).toEqual([45, 45, 45, 45, 45]);
    expect([row.E, row.F]).toEqual(["31-60", "31-60"]);
  });

  it("in a 1904 workbook: the same days, though every date cell is 1,462 less", () => {
    clock.system = DATE_SYSTEM_1904;
    const row = rowIn({ year: 1904, month: 1, day: 1 });
    expect([row.A, row.I]).toEqual([46158 - 1462, 46203 - 1462]);
    expect([row.B, row.C, row.D, row.G, row.H]).toEqual([45, 45, 45, 45, 45]);
    expect([row.E, row.F]).toEqual(["31-60", "31-60"]);
  });

  it("in a 1904 workbook read as 1900, the text and today forms would be 1,462 days off", () => {
    // What the date system prevents: the 1900 reading of a 1904 workbook.
    clock.system = DATE_SYSTEM_1900;
    const row = rowIn({ year: 1904, month: 1, day: 1 });
    expect([row.C, row.G, row.H]).toEqual([45 + 1462, 45 - 1462, 45 + 1462]);
    // …while two date cells of one workbook never depend on it.
    expect(row.B).toBe(45);
  });
});
