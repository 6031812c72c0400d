/**
 * A ledger the reader cannot trust stops the review with a sentence naming the column or the
 * currencies: more than half of a column unreadable, or several currencies without a policy
 * currency. Small hand-built workbooks; the counts in the names are checked by hand.
 */
import { DEFAULT_POLICY, type Policy } from "../../src/engine/policy";
import { serialFromIso } from "../../src/engine/dates";
import { refusalFailure } from "../../src/cli/failure";
import { cliTranslator } from "../../src/i18n/cli-messages";
import { problemMessage } from "../../src/i18n/problem-messages";
import type { RawCell, RawWorkbook } from "../../src/workbook/raw";
import type { ReviewRefusal, WorkbookReviewOptions } from "../../src/workbook/workbook-review";
import { prepareReview } from "../../src/workbook/prepare-review";
import { englishReviewOptions } from "../support/review-options";
import { sheet, workbook } from "../workbook/read/raw-fixtures";

const AS_OF = serialFromIso("2026-06-30");
const INVOICED = serialFromIso("2026-05-01");

function book(ledger: RawCell[][]): RawWorkbook {
  return workbook([
    sheet("Customers", [
      ["Customer ID", "Customer name"],
      ["K1", "Kite Trading"],
    ]),
    sheet("Ledger", ledger),
  ]);
}

const options = (policy?: Policy): WorkbookReviewOptions =>
  englishReviewOptions(AS_OF, { givenPolicy: policy });

/** Rows K1 / INV-n / 2026-05-01 / terms / 100.00 / currency. */
function ledger(terms: RawCell[], currencies: RawCell[] = terms.map(() => "USD")): RawCell[][] {
  return [
    ["Customer ID", "Invoice No", "Invoice date", "Terms", "Amount", "Currency"],
    ...terms.map((term, i) => ["K1", `INV-${i + 1}`, INVOICED, term, 100, currencies[i]]),
  ];
}

async function refusalOf(workbook: RawWorkbook, policy?: Policy): Promise<ReviewRefusal> {
  const outcome = await prepareReview(workbook, options(policy));
  if (outcome.kind === "ready") throw new Error("the review ran; a refusal was expected");
  return outcome.refusal;
}

describe("a column mostly unreadable stops the review", () => {
  test('3 of 4 terms "Net 45 EOM": refused, naming sheet, column D (Terms) and D2 as example', async () => {
    const refusal = await refusalOf(
      book(ledger(["Net 45 EOM", "Net 45 EOM", "Net 45 EOM", "Net 30"]))
    );
    expect(refusal).toMatchObject({
      code: "COLUMN_UNREADABLE",
      place: { sheet: "Ledger", column: "D", cell: "D2" },
      params: {
        role: "receivables",
        sheet: "Ledger",
        field: "termsDays",
        header: "Terms",
        column: "D",
        unreadable: 3,
        values: 4,
        example: { cell: "D2", value: "Net 45 EOM" },
      },
    });
    const sentence = refusalFailure(refusal, cliTranslator("en-US"), "en-US", null).message;
    expect(sentence).toBe(
      'Sheet "Ledger": 3 of the 4 values of column D (Terms) cannot be read (for example D2 "Net 45 EOM"). The review stops rather than leave most rows out of the totals.'
    );
    const chinese = refusalFailure(refusal, cliTranslator("zh-CN"), "zh-CN", null).message;
    expect(chinese).toContain("“Ledger”");
    expect(chinese).toContain("Net 45 EOM");
  });

  test("exactly half unreadable still runs: those rows are reported one by one", async () => {
    const outcome = await prepareReview(
      book(ledger(["Net 45 EOM", "Net 45 EOM", 30, "Net 30"])),
      options()
    );
    expect(outcome.kind === "ready").toBe(true);
    if (outcome.kind === "ready") {
      const notTerms = outcome.problems.filter((p) => p.code === "NOT_TERMS");
      expect(notTerms).toHaveLength(2);
      // The English template gives back the reader's own sentence; the Chinese one says it too.
      expect(problemMessage(notTerms[0], "zh-CN")).toContain("不是付款条件");
      // Two rows of 100.00 are left; both due 2026-05-31, 30 days overdue on 2026-06-30.
      expect(outcome.result.aging.net).toBe(20_000);
    }
  });

  test('"Net 45" terms in every row are read: the ledger is reviewed, not refused', async () => {
    const outcome = await prepareReview(
      book(ledger(["Net 45", "Net 45", "N45", "45 days"])),
      options()
    );
    expect(outcome.kind === "ready").toBe(true);
    if (outcome.kind === "ready") {
      // 4 × 100.00 due 2026-06-15 (2026-05-01 + 45 days): 15 days overdue, bucket 1-30.
      expect(outcome.result.aging.totals[1]).toBe(40_000);
      expect(outcome.result.aging.net).toBe(40_000);
    }
  });
});

describe("ledger formats as ERPs write them", () => {
  test("amounts with codes and symbols, terms as words: 100.00 + 50.00 + 1,000.00 reviewed", async () => {
    const rows: RawCell[][] = [
      ["Customer ID", "Invoice No", "Invoice date", "Terms", "Amount", "Currency"],
      ["K1", "INV-1", INVOICED, "Net 30", "USD 100.00", "USD"],
      ["K1", "INV-2", INVOICED, "2/10 net 30", "$50.00", "USD"],
      ["K1", "INV-3", INVOICED, "30 days", "1,000.00 USD", "USD"],
    ];
    const outcome = await prepareReview(book(rows), options());
    expect(outcome.kind === "ready").toBe(true);
    if (outcome.kind === "ready") {
      // All due 2026-05-31 (2026-05-01 + 30): 30 days overdue on 2026-06-30, bucket 1-30.
      expect(outcome.result.aging.totals[1]).toBe(115_000);
      expect(outcome.problems).toEqual([]);
    }
  });
});

describe("a ledger in several currencies is refused when none holds more than half, never summed", () => {
  const terms = [30, 30, 30, 30, 30];
  const currencies = ["USD", "EUR", "usd", "GBP", "EUR"];

  test("the refusal names each currency with its rows, most first", async () => {
    const refusal = await refusalOf(book(ledger(terms, currencies)));
    expect(refusal).toMatchObject({
      code: "MIXED_CURRENCIES",
      place: { sheet: "Ledger" },
      params: {
        sheet: "Ledger",
        currencies: [
          { currency: "EUR", rows: 2 },
          { currency: "USD", rows: 2 },
          { currency: "GBP", rows: 1 },
        ],
      },
    });
    expect(refusalFailure(refusal, cliTranslator("en-US"), "en-US", null).message).toBe(
      'Sheet "Ledger" holds amounts in 3 currencies (rows of each: EUR 2, USD 2, GBP 1). Amounts in different currencies are never summed: review one currency per ledger, or name the review\'s currency in the policy.'
    );
    expect(refusalFailure(refusal, cliTranslator("zh-TW"), "zh-TW", null).message).toContain(
      "EUR 2 列、USD 2 列、GBP 1 列"
    );
  });

  test("a policy that names the currency reviews that currency only, the others reported", async () => {
    const outcome = await prepareReview(
      book(ledger(terms, currencies)),
      options({ ...DEFAULT_POLICY, currency: "USD" })
    );
    expect(outcome.kind === "ready").toBe(true);
    if (outcome.kind === "ready") {
      expect(outcome.result.aging.net).toBe(20_000); // the two USD rows of 100.00
      expect(outcome.problems.filter((p) => p.code === "OTHER_CURRENCY")).toHaveLength(3);
    }
  });

  test("a stray row in another currency is left out and reported, even as the first row", async () => {
    const outcome = await prepareReview(
      book(ledger([30, 30, 30, 30], ["USD", "CNY", "CNY", "CNY"])),
      options()
    );
    expect(outcome.kind === "ready").toBe(true);
    if (outcome.kind === "ready") {
      // CNY holds 3 of 4 rows: the review keeps CNY (3 × 100.00), the USD row is reported.
      expect(outcome.result.aging.net).toBe(30_000);
      const stray = outcome.problems.filter((p) => p.code === "OTHER_CURRENCY");
      expect(stray.map((p) => p.place.row)).toEqual([2]);
    }
  });

  test("one currency (any case) is not several", async () => {
    expect(
      (await prepareReview(book(ledger([30, 30], ["USD", " usd "])), options())).kind === "ready"
    ).toBe(true);
  });
});
