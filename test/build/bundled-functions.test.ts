/**
 * The shipped dist/functions.js, run as Excel's shared runtime would: the webpack runtime and
 * the functions bundle evaluated in a sandbox whose CustomFunctions records what the bundle
 * associates (functions-sandbox.ts). Proves the metadata plugin appended an association for
 * every published id, that failures reach Excel as CustomFunctions.Error with the right code,
 * that the TODAY forms count from the local calendar day (under TZ=Asia/Shanghai in a child
 * process), and that the date system is read from the workbook (the recording fake) when needed.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { serialFromLocalDate } from "../../src/engine/dates";
import { FakeExcel } from "../excel/recording-fake";
import { readDistJson } from "./dist-files";
import { FakeCustomFunctionsError, loadFunctionsBundle } from "./functions-sandbox";

function thrown(call: () => unknown): FakeCustomFunctionsError {
  try {
    call();
  } catch (error) {
    if (error instanceof FakeCustomFunctionsError) return error;
    throw error;
  }
  throw new Error("expected CustomFunctions.Error");
}

describe("dist/functions.js in a shared runtime", () => {
  const functions = loadFunctionsBundle();

  it("associates every id of functions.json", () => {
    const ids = readDistJson<{ functions: { id: string }[] }>("functions.json").functions.map(
      (fn) => fn.id
    );
    expect(Object.keys(functions).sort()).toEqual([...ids].sort());
  });

  it("computes from Excel-shaped arguments", () => {
    expect(functions.CREDITSCORE([new Array(18).fill(8)], null, null)).toBeCloseTo(80, 10);
    expect(functions.CREDITLIMIT(92, 400000, null)).toBe(1_200_000);
    expect(functions.ORDERCHECK(1000, 0, 10, 3, "zh-CN")).toBe("暂停发货");
  });

  it("counts the TODAY forms from today's local date, as TODAY() does", async () => {
    const withExcel = loadFunctionsBundle({ excel: new FakeExcel() });
    // 45000 = 2023-03-15: more than 180 days before any day this test runs on.
    expect(await withExcel.AGINGBUCKETTODAY(45000, null, null)).toBe(">180");
    const days = (await withExcel.DAYSOVERDUETODAY(45000)) as number;
    const expected = serialFromLocalDate(new Date()) - 45000;
    expect(Math.abs(days - expected)).toBeLessThanOrEqual(1); // a run across midnight
  });

  it("asks for the as-of date in the non-volatile forms instead of assuming today", async () => {
    await expect(functions.DAYSOVERDUE(45000, null)).rejects.toEqual({
      code: "#VALUE!",
      message:
        "asOfDate is blank: give the review date (a date cell, or TODAY()), or use AR.DAYSOVERDUETODAY(dueDate) for today",
    });
    expect(await functions.DAYSOVERDUE(45000, 45045)).toBe(45);
    expect(await functions.AGINGBUCKET(45000, 45045, null, "zh-CN")).toBe("31-60");
  });

  it("reads the workbook's date system where a text date or today meets a date cell", async () => {
    const excel = new FakeExcel();
    excel.date1904 = true;
    // 2026-12-05 12:00 UTC is 2026-12-05 on every clock within 11 hours of UTC.
    const bundle = loadFunctionsBundle({ excel, now: new Date(Date.UTC(2026, 11, 5, 12)) });
    // A 1904 workbook hands 2026-11-20 as 46346 − 1462 = 44884.
    expect(await bundle.DAYSOVERDUETODAY(44884)).toBe(15);
    expect(await bundle.DAYSOVERDUE("2026-11-20", 44899)).toBe(15); // 44899 = 2026-12-05
    // Two date cells need no reading: still one round trip, the first one's.
    expect(await bundle.DAYSOVERDUE(44884, 44899)).toBe(15);
    expect(excel.roundTrips).toBe(1);
    expect(excel.writeRoundTrips).toBe(0);
  });

  it("refuses with #N/A and the reason when there is no workbook to read the date system from", async () => {
    await expect(functions.DAYSOVERDUETODAY(45000)).rejects.toEqual({
      code: "#N/A",
      message: expect.stringContaining("Excel's API is not available to the functions here"),
    });
    expect(await functions.DAYSOVERDUETODAY("2023-03-15")).toBeGreaterThan(1000);
  });

  it.each([
    // 2026-12-04 18:00 UTC is 2026-12-05 02:00 in Shanghai: today is 46361 there, 46360 in UTC.
    ["Asia/Shanghai", { daysOverdue: 31, bucket: "31-60" }],
    ["UTC", { daysOverdue: 30, bucket: "1-30" }],
    ["America/Los_Angeles", { daysOverdue: 30, bucket: "1-30" }],
  ])("in %s, counts today by the local calendar, not UTC's", (zone, expected) => {
    const output = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(__dirname, "today-in-time-zone.ts"),
        "2026-12-04T18:00:00Z",
        "46330",
      ],
      { env: { ...process.env, TZ: zone }, encoding: "utf8" }
    );
    expect(JSON.parse(output)).toEqual(expected);
  });

  it("throws CustomFunctions.Error: #VALUE! and #N/A with a message, #NUM! without", () => {
    expect(thrown(() => functions.CREDITGRADE("x"))).toEqual({
      code: "#VALUE!",
      message: 'score must be a number, not "x"',
    });
    expect(thrown(() => functions.CREDITSCORE([[8, null, null]], [[1, 1, 1]], null))).toMatchObject(
      {
        code: "#N/A",
        message: expect.stringContaining("insufficient data"),
      }
    );
    expect(thrown(() => functions.CREDITGRADE(101))).toEqual({ code: "#NUM!", message: undefined });
  });
});
