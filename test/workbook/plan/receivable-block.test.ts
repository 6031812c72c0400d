import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { minor } from "../../../src/engine/money";
import { RECEIVABLE_OUTPUT_KEYS } from "../../../src/workbook/labels";
import { buildOutputPlan } from "../../../src/workbook/output-plan";
import { LABELS_EN } from "./labels-en";
import { LABELS_ZH } from "./labels-zh";
import { blockOf } from "./plan-helpers";
import { INPUT, PREVIOUS_LOG, RESULT, firstRunLayout } from "./review-fixture";
import { STATEMENT_WORDS } from "../../../src/i18n/statement-words";

const plan = (labels = LABELS_EN) =>
  buildOutputPlan({
    statementWords: STATEMENT_WORDS,
    input: INPUT,
    result: RESULT,
    layout: firstRunLayout(),
    labels,
    previousLog: PREVIOUS_LOG,
    policy: DEFAULT_POLICY,
  });

describe("receivable block", () => {
  const block = blockOf(plan(), "receivables");

  test("starts after the user's column H, rows 2..7 matched through the input row of each result", () => {
    expect(block.firstColumn).toBe(9);
    expect(block.keys).toEqual([...RECEIVABLE_OUTPUT_KEYS]);
    expect(block.rows).toEqual([
      [-15, "Not due", "No", null, "Current"], // INV-1 due in 15 days
      [75, "61-90", "Yes", "Third letter", "In collection"], // INV-2, 60..89 days → third letter
      [10, "1-30", "Yes", "Phone reminder", "In collection"], // INV-3
      [200, ">180", "Yes", "Legal action", "Bad"], // INV-4, 181..365 days → bad debt
      [null, "Unapplied credits", null, null, null], // CN-1, open −3,000: owes nothing, no age
      [40, "31-60", "Yes", "Second letter, stop supply", "In collection"], // INV-9
    ]);
    expect(block.numberFormats).toEqual(["0", "@", "@", "@", "@"]);
  });

  test("a fully paid invoice has blank days overdue, bucket, flag, action and class", () => {
    // INV-2 paid in full (open 0): it would be 75 days past its due date, but nothing is owed.
    const paid = { ...RESULT.receivables[1], open: minor(0), bucket: -1, overdue: false };
    const result = {
      ...RESULT,
      receivables: RESULT.receivables.map((r, i) =>
        i === 1 ? { ...paid, daysOverdue: null, collectionAction: null, debtClass: null } : r
      ),
    };
    const rows = blockOf(
      buildOutputPlan({
        statementWords: STATEMENT_WORDS,
        input: INPUT,
        result,
        layout: firstRunLayout(),
        labels: LABELS_EN,
        previousLog: PREVIOUS_LOG,
        policy: DEFAULT_POLICY,
      }),
      "receivables"
    ).rows;
    expect(rows[1]).toEqual([null, null, null, null, null]);
    expect(rows[0]).toEqual([-15, "Not due", "No", null, "Current"]); // no step due: blank
  });

  test("bucket labels coloured green → dark red by one text rule each on column J, white on dark red", () => {
    const bucketRules = block.conditionalFormats.filter((rule) => rule.range === "J2:J7");
    expect(bucketRules).toEqual([
      {
        kind: "textEquals",
        range: "J2:J7",
        text: "Not due",
        fill: "#63BE7B",
        fontColor: "#000000",
      },
      { kind: "textEquals", range: "J2:J7", text: "1-30", fill: "#C9DF8A", fontColor: "#000000" },
      { kind: "textEquals", range: "J2:J7", text: "31-60", fill: "#FFEB84", fontColor: "#000000" },
      { kind: "textEquals", range: "J2:J7", text: "61-90", fill: "#F8A66B", fontColor: "#000000" },
      { kind: "textEquals", range: "J2:J7", text: "91-180", fill: "#C00000", fontColor: "#FFFFFF" },
      { kind: "textEquals", range: "J2:J7", text: ">180", fill: "#8B0000", fontColor: "#FFFFFF" },
    ]);
  });

  test("in Chinese: same columns and keys, Chinese words, numeric bucket ranges unchanged", () => {
    const chinese = blockOf(plan(LABELS_ZH), "receivables");
    expect(chinese.firstColumn).toBe(block.firstColumn);
    expect(chinese.keys).toEqual(block.keys);
    expect(chinese.rows[0]).toEqual([-15, "未到期", "否", null, "正常"]);
    expect(chinese.rows[1]).toEqual([75, "61-90", "是", "第三封催款函", "催收款"]);
  });
});
