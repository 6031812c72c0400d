/**
 * The open workbook's date system, for the AR.* functions: in the pane's shared runtime a custom
 * function may read the workbook through Excel.run (Microsoft documents this for reads; it must
 * not change cells). DATE() evaluated through the API (Functions, ExcelApi 1.2) answers in the
 * workbook's own system without touching a cell; `use1904DateSystem` is in no released API set.
 */
import { DATE_1904_OFFSET, serialFromYmd } from "../engine/dates";
import { DateSystemUnreadable } from "./date-system";

/** DATE(2000,1,1) in the 1900 date system; in a 1904 workbook it is 1,462 less. */
const PROBE_DATE_1900 = serialFromYmd(2000, 1, 1);

/** One Excel batch (Excel.run in Excel; the recording fake or office-addin-mock in tests). */
export type DateSystemRun = (
  batch: (context: Excel.RequestContext) => Promise<boolean>
) => Promise<boolean>;

function excelRun(): DateSystemRun {
  if (typeof Excel === "undefined") throw new DateSystemUnreadable({ reason: "noExcelApi" });
  return (batch) => Excel.run(batch);
}

/** True when the workbook counts dates from 1904, false for 1900; throws when it cannot tell. */
export async function readDate1904(run: DateSystemRun = excelRun()): Promise<boolean> {
  return run(async (context) => {
    const probe = context.workbook.functions.date(2000, 1, 1);
    probe.load("value");
    await context.sync();
    if (probe.value === PROBE_DATE_1900) return false;
    if (probe.value === PROBE_DATE_1900 - DATE_1904_OFFSET) return true;
    throw new DateSystemUnreadable({ reason: "neitherSystem", answer: String(probe.value) });
  });
}
