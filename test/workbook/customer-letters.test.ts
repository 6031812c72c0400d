/**
 * Which customers get a letter and what each letter's statement holds, on the collections
 * workbook of the pane tests (collections-workbook.ts has the hand-worked cases, as of
 * 2026-06-30 under the default policy): C2, C4 and C1 are due a letter of the ladder; C5 (an
 * open promise) and C3 (a dispute) are not, so their invoices appear in no letter.
 */
import { STATEMENT_WORDS } from "../../src/i18n/statement-words";
import { reviewInPane } from "../../src/taskpane/flow/pane-review";
import type { PreparedReview } from "../../src/taskpane/flow/prepared-review";
import { customerLetters, type CustomerLetter } from "../../src/workbook/customer-letters";
import { collectionsWorkbook } from "../taskpane/collections-workbook";
import { AS_OF } from "../taskpane/fixture-workbook";

async function prepare(): Promise<PreparedReview> {
  const outcome = await reviewInPane(
    collectionsWorkbook(),
    { asOf: AS_OF, locale: "en-US", mapping: {}, savedPolicy: null },
    {}
  );
  if (outcome.kind !== "preview") throw new Error(`no review: ${outcome.kind}`);
  return outcome.prepared;
}

describe("customer letters", () => {
  let letters: CustomerLetter[];
  beforeAll(async () => {
    const prepared = await prepare();
    letters = customerLetters({
      input: prepared.input,
      result: prepared.result,
      policy: prepared.policy,
      language: "en-US",
      company: "Credit Desk Ltd",
      statementWords: STATEMENT_WORDS,
    });
  });

  it("go to the customers due a ladder step only, each with its own open invoices", () => {
    const invoices = Object.fromEntries(
      letters.map((letter) => [
        letter.customerId,
        letter.facts.invoices.map((invoice) => invoice.invoiceNo),
      ])
    );
    expect(invoices).toEqual({ C1: ["INV-1B", "INV-1"], C2: ["INV-2"], C4: ["INV-4"] });
  });

  it("list the invoices oldest due date first, in the statement rows as well", () => {
    const c1 = letters.find((letter) => letter.customerId === "C1");
    // INV-1B fell due 20 days ago, INV-1 falls due in 20 days (written 2026-06-10 and 2026-07-20).
    expect(c1?.facts.invoices.map((invoice) => invoice.dueDate)).toEqual([AS_OF - 20, AS_OF + 20]);
    expect(c1?.content.statement.rows.map((row) => [row[0], row[2], row[3]])).toEqual([
      ["INV-1B", "2026-06-10", "20"],
      ["INV-1", "2026-07-20", "0"],
    ]);
  });

  it("name the aging buckets of the default edges 0/30/60/90/180 in the letter's language", () => {
    for (const letter of letters)
      expect(letter.content.statement.aging.map(([label]) => label)).toEqual([
        "Not due",
        "1-30",
        "31-60",
        "61-90",
        "91-180",
        ">180",
      ]);
  });
});
