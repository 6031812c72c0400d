/**
 * The policy a review used is written as an owned, visible sheet that the policy reader takes back
 * unchanged: the audit trail of the review and the policy of the next one.
 */
import fc from "fast-check";
import { DEFAULT_POLICY, type Policy } from "../../../src/engine/policy";
import { META_SHEET_NAME, parseMetaSheet } from "../../../src/workbook/meta-sheet";
import { buildOutputPlan } from "../../../src/workbook/output-plan";
import type { OutputPlan, SheetPlan } from "../../../src/workbook/plan";
import { POLICY_SHEET_FALLBACK_NAME } from "../../../src/workbook/plan-policy-sheet";
import { policyToRows } from "../../../src/workbook/policy-rows";
import type { RawSheet } from "../../../src/workbook/raw";
import { readPolicySheet } from "../../../src/workbook/read-policy-sheet";
import { LABELS_EN } from "./labels-en";
import { LABELS_ZH } from "./labels-zh";
import { sheetCell, sheetOf } from "./plan-helpers";
import { INPUT, PREVIOUS_LOG, RESULT, firstRunLayout } from "./review-fixture";
import { STATEMENT_WORDS } from "../../../src/i18n/statement-words";

/** The default policy with grade A's limit multiplier at 2.5 and a new customer base of 200,000. */
const EDITED: Policy = {
  ...DEFAULT_POLICY,
  version: "CP-2026.1-board-07",
  limit: {
    ...DEFAULT_POLICY.limit,
    newCustomerBase: 200000,
    bands: DEFAULT_POLICY.limit.bands.map((band, index) =>
      index === 0 ? { ...band, multiplier: 2.5 } : band
    ),
  },
};

function planWith(
  policy: Policy,
  labels = LABELS_EN,
  existingSheetNames: string[] = []
): OutputPlan {
  return buildOutputPlan({
    statementWords: STATEMENT_WORDS,
    input: INPUT,
    result: RESULT,
    layout: firstRunLayout(),
    labels,
    previousLog: PREVIOUS_LOG,
    policy,
    existingSheetNames,
  });
}

/** A sheet of the plan as a reader sees it once an applier wrote it. */
function asRead(sheet: SheetPlan): RawSheet {
  return { name: sheet.name, cells: sheet.cells, firstRow: sheet.startRow, firstColumn: 1 };
}

describe("the policy sheet of the output plan", () => {
  const plan = planWith(EDITED);
  const sheet = sheetOf(plan, "policy");

  test("is visible, replaced whole on each review, and titled with the policy version in B1", () => {
    expect([sheet.name, sheet.visibility, sheet.mode, sheet.startRow]).toEqual([
      "Credit Policy Used",
      "visible",
      "replace",
      1,
    ]);
    expect([sheetCell(sheet, 1, 1), sheetCell(sheet, 1, 2)]).toEqual([
      "Credit Policy Used",
      "CP-2026.1-board-07",
    ]);
  });

  test("holds every key/value row of the policy, below the title, in policyToRows order", () => {
    expect(sheet.cells.slice(1)).toEqual(policyToRows(EDITED));
    const row = (key: string) => sheet.cells.find((cells) => cells[0] === key)?.[1];
    expect(row("limit.newCustomerBase")).toBe(200000);
    expect(row("limit.bands.1.multiplier")).toBe(2.5);
    expect(row("version")).toBe("CP-2026.1-board-07");
  });

  test("keeps text cells as text (the version, comma lists) so Excel never makes numbers of them", () => {
    expect(sheet.numberFormats).toContainEqual({ range: "B1", format: "@" });
    const edgesRow = sheet.cells.findIndex((cells) => cells[0] === "aging.edges") + 1;
    expect(sheet.numberFormats).toContainEqual({ range: `B${edgesRow}`, format: "@" });
  });

  test("is read back by the policy reader as exactly the policy that was written", () => {
    const read = readPolicySheet(asRead(sheet), DEFAULT_POLICY);
    expect(read.problems).toEqual([]);
    expect(read.policy).toEqual(EDITED);
  });

  test("is named in the output map, so the next review finds it there", () => {
    const meta = sheetOf(plan, "meta");
    const map = parseMetaSheet({
      name: META_SHEET_NAME,
      cells: meta.cells,
      firstRow: 1,
      firstColumn: 1,
    });
    expect(map.sheets.policy).toBe("Credit Policy Used");
  });

  test("takes the language's name, the English fallback when the labels have none, and never a user's sheet name", () => {
    const chinese = { ...LABELS_ZH, sheets: { ...LABELS_ZH.sheets, policy: "采用的信用政策" } };
    expect(sheetOf(planWith(EDITED, chinese), "policy").name).toBe("采用的信用政策");
    expect(sheetOf(planWith(EDITED, LABELS_ZH), "policy").name).toBe(POLICY_SHEET_FALLBACK_NAME);
    const taken = planWith(EDITED, LABELS_EN, ["Credit Policy Used"]);
    expect(sheetOf(taken, "policy").name).toBe("Credit Policy Used (2)");
  });

  test("any limit base and grade-A multiplier survive the round trip (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        // Grade A must stay at or above grade B's 200 % for the policy to be valid.
        fc.integer({ min: 20, max: 40 }).map((tenths) => tenths / 10),
        (base, multiplier) => {
          const policy: Policy = {
            ...DEFAULT_POLICY,
            limit: {
              ...DEFAULT_POLICY.limit,
              newCustomerBase: base,
              bands: DEFAULT_POLICY.limit.bands.map((band, index) =>
                index === 0 ? { ...band, multiplier } : band
              ),
            },
          };
          const written = sheetOf(planWith(policy), "policy");
          const read = readPolicySheet(asRead(written), DEFAULT_POLICY);
          expect(read.accepted).toBe(true);
          expect(read.policy.limit.newCustomerBase).toBe(base);
          expect(read.policy.limit.bands[0].multiplier).toBe(multiplier);
        }
      ),
      { numRuns: 50 }
    );
  });
});
