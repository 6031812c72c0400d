/**
 * The engine names a problem by its field; through prepareReview it reaches the reader with the
 * cell and header of that field's column, wherever the column is, and reads like a reader's
 * problem: `Receivables!B3 (Customer ID) "K9": …`.
 */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { serialFromIso } from "../../src/engine/dates";
import type { Policy } from "../../src/engine/policy";
import { headerSynonyms, outputLabels } from "../../src/i18n";
import { allOutputLabels } from "../../src/i18n/output-labels";
import { POLICY_SHEET_NAMES } from "../../src/i18n/owned-sheet-names";
import { ownedSignatures } from "../../src/workbook/owned-signatures";
import { prepareReview } from "../../src/workbook/prepare-review";
import type { RawCell, RawSheet } from "../../src/workbook/raw";
import { STATEMENT_WORDS } from "../../src/i18n/statement-words";

const AS_OF = serialFromIso("2026-06-30");

function sheet(name: string, cells: RawCell[][]): RawSheet {
  return { name, cells, firstRow: 1, firstColumn: 1 };
}

/** The id in column B (a note column first); K9 on row 3 is not a customer. */
const customers = sheet("Customers", [
  ["Note", "Customer ID", "Customer name"],
  ["", "K1", "Kite Trading"],
]);
const receivables = sheet("Receivables", [
  ["Note", "Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
  ["", "K1", "INV-1", serialFromIso("2026-04-21"), serialFromIso("2026-05-21"), 1000],
  ["", "K9", "INV-2", serialFromIso("2026-04-22"), serialFromIso("2026-05-22"), 500],
  ["", "K1", "INV-3", serialFromIso("2026-07-02"), serialFromIso("2026-08-01"), 200],
]);

async function problemsOf() {
  const step = await prepareReview(
    { sheets: [customers, receivables], date1904: false },
    {
      statementWords: STATEMENT_WORDS,
      asOf: AS_OF,
      synonyms: headerSynonyms(),
      labelsFor: (policy: Policy) => outputLabels("en-US", policy),
      ownedSignatures: ownedSignatures(allOutputLabels(DEFAULT_POLICY)),
      policySheetNames: POLICY_SHEET_NAMES,
    }
  );
  expect(step.kind).toBe("ready");
  return step.problems;
}

describe("engine problems through prepareReview", () => {
  test("an unknown customer names B3 and its header, not the field key", async () => {
    const unknown = (await problemsOf()).find((p) => p.code === "UNKNOWN_CUSTOMER");
    expect(unknown).toEqual({
      code: "UNKNOWN_CUSTOMER",
      severity: "warning",
      place: {
        sheet: "Receivables",
        row: 3,
        cell: "B3",
        header: "Customer ID",
        field: "customerId",
      },
      value: "K9",
      params: { variant: "invoice" },
    });
  });

  test("an invoice after the as-of date names its date cell D4", async () => {
    const late = (await problemsOf()).find((p) => p.code === "INVOICE_AFTER_AS_OF");
    expect(late?.severity).toBe("error");
    expect(late?.place).toMatchObject({ row: 4, cell: "D4", header: "Invoice date" });
  });
});
