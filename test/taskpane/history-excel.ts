/**
 * A small workbook on the recording Excel fake, reviewed through the pane's own review and the
 * Office.js applier at two month-ends, so its Aging History holds 2026-04-30 and 2026-05-31; the
 * pane's review as of 2026-06-30 (TEST_TODAY) makes the third. It is the workbook of
 * test/cli/history-worked-example.test.ts, whose hand-worked numbers hold here too:
 *   aging totals [2800, 1000, 0, 350], [2000, 800, 600, 350], [0, 2000, 0, 850];
 *   roll rates 7/12, 1/3, 1, 6/7; loss rates 18.33 %, 31.43 %, 94.29 %, 94.29 %;
 *   allowance by bucket [0, 628.57, 0, 804.28], total 1,432.85 on a gross 2,850.00.
 */
import { DEFAULT_POLICY, type Policy } from "../../src/engine/policy";
import { serialFromIso } from "../../src/engine/dates";
import { applyPlan } from "../../src/excel/apply-plan";
import { readOpenWorkbook } from "../../src/excel/read-workbook";
import { reviewInPane } from "../../src/taskpane/flow/pane-review";
import type { RawWorkbook } from "../../src/workbook/raw";
import { asExcelContext, FakeExcel } from "../excel/recording-fake";

/** Buckets Not due, 1-30, 31-60, >60; floors 0.5 %, 2 %, 5 %, 50 %, +10 %; 3 reviews needed. */
export const HISTORY_POLICY: Policy = {
  ...DEFAULT_POLICY,
  aging: { ...DEFAULT_POLICY.aging, edges: [0, 30, 60] },
  lossAllowance: {
    ...DEFAULT_POLICY.lossAllowance,
    buckets: [0.005, 0.02, 0.05, 0.5].map((floor) => ({ floor, adjustment: 0.1 })),
    minReviews: 3,
  },
};

const EARLIER_REVIEWS = ["2026-04-30", "2026-05-31"];
const ALL_SETS = (): boolean => true;
const date = (iso: string) => serialFromIso(iso);

export function historyBook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Customers").put(1, 1, [
    ["Customer ID", "Customer name"],
    ["K1", "Kite Trading"],
    ["K2", "Lark Ltd"],
  ]);
  const dated = ["@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "0.00", "0.00", "yyyy-mm-dd"];
  const ledger = excel.addSheet("Receivables");
  ledger.put(1, 1, [
    ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount", "Paid amount", "Paid date"],
  ]);
  ledger.put(
    2,
    1,
    [
      ["K1", "INV-1", date("2026-03-16"), date("2026-04-15"), 1000, 400, date("2026-05-20")],
      ["K1", "INV-2", date("2026-04-01"), date("2026-06-15"), 2000, "", ""],
      ["K2", "INV-4", date("2026-04-01"), date("2026-05-20"), 800, 800, date("2026-06-10")],
      ["K2", "INV-5", date("2026-01-02"), date("2026-02-01"), 300, 100, date("2026-06-05")],
      ["K2", "INV-6", date("2024-12-16"), date("2025-01-15"), 50, "", ""],
    ],
    dated
  );
  return excel;
}

export function readBook(excel: FakeExcel): Promise<RawWorkbook> {
  return readOpenWorkbook(asExcelContext(excel.context()), { supports: ALL_SETS });
}

/** The book after the reviews of April and May were applied, as the pane reads it. */
export async function bookWithTwoReviews(): Promise<{ excel: FakeExcel; raw: RawWorkbook }> {
  const excel = historyBook();
  for (const asOf of EARLIER_REVIEWS) {
    const outcome = await reviewInPane(
      await readBook(excel),
      { asOf: date(asOf), locale: "en-US", mapping: {}, savedPolicy: HISTORY_POLICY },
      {}
    );
    if (outcome.kind !== "preview") throw new Error(`the review of ${asOf} did not run`);
    await applyPlan(asExcelContext(excel.context()), outcome.prepared.plan);
  }
  return { excel, raw: await readBook(excel) };
}
