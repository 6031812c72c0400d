/**
 * The functions' reading of the workbook's date system, against the recording fake (which
 * evaluates DATE() in the workbook's system, as Excel does): 1900 and 1904 workbooks are told
 * apart in one round trip that writes nothing, an answer that fits neither is refused, and the
 * functions' cache reads once, says why when it could not, and tries again next time.
 */
import { readDate1904, type DateSystemRun } from "../../src/functions/host-date-system";
import {
  cachedDateSystem,
  DateSystemUnreadable,
  inWorkbookSystem,
} from "../../src/functions/date-system";
import { isFailure, outcomeOf } from "../../src/functions/failure";
import { functionFailureMessage, loadFunctionMessages } from "../../src/i18n/function-messages";
import { serialFromIso } from "../../src/engine/dates";
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
    await expect(readDate1904(odd)).rejects.toBeInstanceOf(DateSystemUnreadable);
    await expect(readDate1904(odd)).rejects.toHaveProperty("because", {
      reason: "neitherSystem",
      answer: "12",
    });
  });

  it("says so when there is no Excel API to ask", async () => {
    await expect(readDate1904()).rejects.toHaveProperty("because", { reason: "noExcelApi" });
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
    expect(await system()).toEqual({
      date1904: null,
      unknownBecause: { reason: "readFailed", detail: "The workbook is busy" },
    });
    expect(await system()).toEqual({ date1904: false });
    expect(reads).toBe(2);
  });
});

describe("an unknown date system, worded by the language layer", () => {
  /** The failure of placing 2026-06-30 (counted in 1900) in a workbook whose system is unknown. */
  async function failureWhen(read: () => Promise<boolean>) {
    const system = await cachedDateSystem(read)();
    const outcome = outcomeOf(() => inWorkbookSystem(serialFromIso("2026-06-30"), system));
    if (!isFailure(outcome)) throw new Error("placed without a date system");
    return outcome;
  }

  it("no Excel API: #N/A, worded in English and in Chinese", async () => {
    const failure = await failureWhen(() => readDate1904());
    expect(failure.code).toBe("#N/A");
    expect(failure.reason).toBe("dateSystemNoExcelApi");
    expect(functionFailureMessage(failure.reason, failure.params, "en-US")).toContain(
      "could not be read (Excel's API is not available to the functions here)"
    );
    await loadFunctionMessages("zh-CN");
    expect(functionFailureMessage(failure.reason, failure.params, "zh-CN")).toContain(
      "（此处的函数无法使用 Excel 的 API）"
    );
  });

  it("an answer of 12 to DATE(2000,1,1) is named in the sentence", async () => {
    const odd = () =>
      Promise.reject(new DateSystemUnreadable({ reason: "neitherSystem", answer: "12" }));
    const failure = await failureWhen(odd);
    expect(failure.reason).toBe("dateSystemNeither");
    expect(functionFailureMessage(failure.reason, failure.params, "en-US")).toContain(
      "Excel answered DATE(2000,1,1) with 12, which is neither system"
    );
  });
});
