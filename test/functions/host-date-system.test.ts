/**
 * The functions' reading of the workbook's date system, against the recording fake (which
 * evaluates DATE() in the workbook's system, as Excel does): 1900 and 1904 workbooks are told
 * apart in one round trip that writes nothing, an answer that fits neither is refused, and the
 * functions' cache reads once, says why when it could not, and tries again next time.
 */
import { readDate1904, type DateSystemRun } from "../../src/functions/host-date-system";
import { cachedDateSystem } from "../../src/functions/date-system";
import { asExcelContext, FakeExcel } from "../excel/recording-fake";

function runOn(excel: FakeExcel): DateSystemRun {
  return (batch) => batch(asExcelContext(excel.context()));
}

describe("reading the date system", () => {
  it("tells a 1900 from a 1904 workbook by DATE(2000,1,1): 36526 or 35064, in one read-only round trip", async () => {
    const excel = new FakeExcel();
    expect(await readDate1904(runOn(excel))).toBe(false);
    excel.date1904 = true;
    expect(await readDate1904(runOn(excel))).toBe(true);
    expect(excel.roundTrips).toBe(2);
    expect(excel.writeRoundTrips).toBe(0);
  });

  it("refuses an answer that is neither system", async () => {
    const odd: DateSystemRun = (batch) =>
      batch({
        workbook: {
          functions: { date: () => ({ load: () => undefined, value: 12 }) },
        },
        sync: async () => undefined,
      } as unknown as Excel.RequestContext);
    await expect(readDate1904(odd)).rejects.toThrow(
      "Excel answered DATE(2000,1,1) with 12, which is neither the 1900 nor the 1904 date system"
    );
  });

  it("says so when there is no Excel API to ask", async () => {
    await expect(readDate1904()).rejects.toThrow(
      "Excel's API is not available to the functions here"
    );
  });
});

describe("the functions' cached date system", () => {
  it("reads once for any number of callers, concurrent or later", async () => {
    const excel = new FakeExcel();
    excel.date1904 = true;
    const system = cachedDateSystem(() => readDate1904(runOn(excel)));
    const answers = await Promise.all([system(), system(), system()]);
    expect(answers).toEqual([{ date1904: true }, { date1904: true }, { date1904: true }]);
    expect(await system()).toEqual({ date1904: true });
    expect(excel.roundTrips).toBe(1);
  });

  it("answers a failed read as unknown with its reason, and reads again on the next call", async () => {
    let reads = 0;
    const system = cachedDateSystem(async () => {
      reads += 1;
      if (reads === 1) throw new Error("The workbook is busy");
      return false;
    });
    expect(await system()).toEqual({ date1904: null, unknownBecause: "The workbook is busy" });
    expect(await system()).toEqual({ date1904: false });
    expect(reads).toBe(2);
  });
});
