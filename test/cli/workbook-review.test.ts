/**
 * The shared review composition on small hand-built workbooks: which policy wins, why a review
 * is refused (as data a caller can word), and the numbers of one invoice checked by hand.
 */
import fc from "fast-check";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import type { Policy } from "../../src/engine/policy";
import { serialFromIso } from "../../src/engine/dates";
import { headerSynonyms, outputLabels } from "../../src/i18n";
import { policyToRows } from "../../src/workbook/policy-rows";
import type { RawCell, RawSheet, RawWorkbook } from "../../src/workbook/raw";
import type { WorkbookReviewOptions, WorkbookReviewStep } from "../../src/workbook/workbook-review";
import { prepareReview } from "../../src/workbook/prepare-review";
import { allOutputLabels } from "../../src/i18n/output-labels";
import { POLICY_SHEET_NAMES } from "../../src/i18n/owned-sheet-names";
import { META_SHEET_NAME, metaSheetRows } from "../../src/workbook/meta-sheet";
import { ownedSignatures } from "../../src/workbook/owned-signatures";
import { STATEMENT_WORDS } from "../../src/i18n/statement-words";

const AS_OF = serialFromIso("2026-06-30");

function sheet(name: string, cells: RawCell[][]): RawSheet {
  return { name, cells, firstRow: 1, firstColumn: 1 };
}

function book(...sheets: RawSheet[]): RawWorkbook {
  return { sheets, date1904: false };
}

const customers = sheet("Customers", [
  ["Customer ID", "Customer name"],
  ["K1", "Kite Trading"],
]);

/** 1,000.00 invoiced 2026-04-21, due 2026-05-21: 40 days overdue on 2026-06-30 (bucket 31-60). */
const receivables = sheet("Receivables", [
  ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
  ["K1", "INV-1", serialFromIso("2026-04-21"), serialFromIso("2026-05-21"), 1000],
]);

function policySheet(rows: [string, string | number][]): RawSheet {
  return sheet("Policy", [["Key", "Value"], ...rows]);
}

function options(extra: Partial<WorkbookReviewOptions> = {}): WorkbookReviewOptions {
  return {
    statementWords: STATEMENT_WORDS,
    asOf: AS_OF,
    synonyms: headerSynonyms(),
    labelsFor: (policy: Policy) => outputLabels("en-US", policy),
    ownedSignatures: ownedSignatures(allOutputLabels(DEFAULT_POLICY)),
    policySheetNames: POLICY_SHEET_NAMES,
    ...extra,
  };
}

const withWeights = (paymentRecordWeight: number): Policy => ({
  ...DEFAULT_POLICY,
  score: {
    ...DEFAULT_POLICY.score,
    factors: DEFAULT_POLICY.score.factors.map((f) =>
      f.key === "paymentRecord" ? { ...f, weight: paymentRecordWeight } : f
    ),
  },
});

describe("policy choice: the given policy > the workbook's Policy sheet > the default", () => {
  const sheetPolicy = policySheet([["version", "SHEET-1"]]);

  test("no policy given and no Policy sheet: the default policy", async () => {
    const outcome = await prepareReview(book(customers, receivables), options());
    expect(outcome.kind === "ready" && [outcome.policySource, outcome.policy.version]).toEqual([
      "default",
      DEFAULT_POLICY.version,
    ]);
  });

  test("a Policy sheet is used when no policy is given; its name is matched without case", async () => {
    const renamed = { ...sheetPolicy, name: "  POLICY " };
    const outcome = await prepareReview(book(customers, receivables, renamed), options());
    expect(outcome.kind === "ready" && [outcome.policySource, outcome.policy.version]).toEqual([
      "sheet",
      "SHEET-1",
    ]);
  });

  test("a given policy wins over the Policy sheet", async () => {
    const outcome = await prepareReview(
      book(customers, receivables, sheetPolicy),
      options({ givenPolicy: { ...DEFAULT_POLICY, version: "GIVEN-7" } })
    );
    expect(
      outcome.kind === "ready" && [
        outcome.policySource,
        outcome.policy.version,
        outcome.result.policyVersion,
      ]
    ).toEqual(["given", "GIVEN-7", "GIVEN-7"]);
  });

  test("a given policy whose weights sum to 99 is refused with the validator's issue naming the sum", async () => {
    // 12 → 11 for payment record: 100 − 1 = 99.
    const outcome = await prepareReview(
      book(customers, receivables),
      options({ givenPolicy: withWeights(11) })
    );
    expect(outcome.kind === "ready").toBe(false);
    if (outcome.kind === "ready") return;
    expect(outcome.refusal).toMatchObject({
      code: "POLICY_REFUSED",
      severity: "error",
      place: { sheet: null },
      params: {
        source: "given",
        notRead: null,
        issues: [
          {
            code: "WEIGHT_SUM",
            severity: "error",
            place: { path: "score.factors" },
            params: { sum: 99, total: 100 },
          },
        ],
      },
    });
  });

  test("a Policy sheet whose weights sum to 101 refuses the review, naming the sheet", async () => {
    // The whole policy as the sheet keeps it, with payment record weighing 13 instead of 12: 100 + 1.
    const bad = policySheet(policyToRows(withWeights(13)));
    const outcome = await prepareReview(book(customers, receivables, bad), options());
    expect(outcome.kind === "ready").toBe(false);
    if (outcome.kind === "ready" || outcome.refusal.code !== "POLICY_REFUSED")
      throw new Error("expected a policy refusal");
    expect(outcome.refusal.params.source).toBe("sheet");
    expect(outcome.refusal.place.sheet).toBe("Policy");
    expect(outcome.refusal.params.issues).toEqual([
      {
        code: "WEIGHT_SUM",
        severity: "error",
        place: { path: "score.factors" },
        params: { sum: 101, total: 100 },
      },
    ]);
  });

  test("property: any payment-record weight other than 12 is refused; 12 is accepted", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 200 }), async (weight) => {
        const outcome = await prepareReview(
          book(customers, receivables),
          options({ givenPolicy: withWeights(weight) })
        );
        return (outcome.kind === "ready") === (weight === 12);
      }),
      { numRuns: 40 }
    );
  });
});

describe("refusals carry what a caller needs to word them", () => {
  test("no receivables sheet: the role, the sheet names and the required headers in English and Chinese", async () => {
    const outcome = await prepareReview(book(customers), options());
    if (outcome.kind === "ready") throw new Error("expected a refusal");
    expect(outcome.refusal.code).toBe("SHEET_MISSING");
    if (outcome.refusal.code !== "SHEET_MISSING") return;
    expect(outcome.refusal.params.role).toBe("receivables");
    expect(outcome.refusal.params.sheetNames).toEqual(["Receivables", "应收账款", "應收帳款"]);
    expect(outcome.refusal.params.headers[0]).toBe("Customer ID / 客户编号 / 客戶編號");
    expect(outcome.refusal.params.headers).toHaveLength(4);
  });

  test("no customer sheet: the customers role", async () => {
    const outcome = await prepareReview(book(receivables), options());
    expect(
      outcome.kind !== "ready" &&
        outcome.refusal.code === "SHEET_MISSING" &&
        outcome.refusal.params.role
    ).toBe("customers");
  });

  test("a receivables sheet without an amount column: the sheet, the field and its expected headers", async () => {
    const noAmount = sheet("Receivables", [
      ["Customer ID", "Invoice No", "Invoice date", "Due date"],
      ["K1", "INV-1", serialFromIso("2026-04-21"), serialFromIso("2026-05-21")],
    ]);
    const outcome = await prepareReview(book(customers, noAmount), options());
    if (outcome.kind === "ready") throw new Error("expected a refusal");
    expect(outcome.refusal).toMatchObject({
      code: "COLUMN_UNMAPPED",
      place: { sheet: "Receivables" },
      params: { reason: "missing", role: "receivables", field: "amount" },
    });
    expect(outcome.refusal.code === "COLUMN_UNMAPPED" && outcome.refusal.params.expected[0]).toBe(
      "Amount"
    );
    expect(outcome.reading?.mappingRequests).toHaveLength(1);
  });

  test("two amount columns: ambiguous, with both columns as candidates", async () => {
    const twoAmounts = sheet("Receivables", [
      ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount", "金额"],
      ["K1", "INV-1", serialFromIso("2026-04-21"), serialFromIso("2026-05-21"), 1000, 1000],
    ]);
    const outcome = await prepareReview(book(customers, twoAmounts), options());
    if (outcome.kind === "ready" || outcome.refusal.code !== "COLUMN_UNMAPPED")
      throw new Error("expected a column refusal");
    expect(outcome.refusal.params.reason).toBe("ambiguous");
    expect(outcome.refusal.params.candidates.map((c) => c.column)).toEqual([5, 6]);
  });
});

describe("a review that runs", () => {
  test("one invoice of 1,000.00 forty days overdue: bucket 31-60, plan with both blocks, steps in order", async () => {
    const steps: WorkbookReviewStep["step"][] = [];
    const outcome = await prepareReview(
      book(customers, receivables),
      options({ onStep: (s) => steps.push(s.step) })
    );
    if (outcome.kind !== "ready") throw new Error(JSON.stringify(outcome.refusal));
    // 2026-06-30 − 2026-05-21 = 10 (May) + 30 (June) = 40 days → third bucket (31-60); 1,000.00 = 100,000 minor.
    expect(outcome.result.aging.totals).toEqual([0, 0, 100_000, 0, 0, 0]);
    expect(outcome.result.customers[0]).toMatchObject({
      id: "K1",
      maxDaysOverdue: 40,
      overdueAmount: 100_000,
      openAmount: 100_000,
    });
    expect(outcome.plan.columnBlocks.map((b) => b.role)).toEqual(["customers", "receivables"]);
    expect(outcome.plan.sheets.map((s) => s.key)).toEqual([
      "aging",
      "creditLog",
      "creditChanges",
      "policy",
      "agingHistory",
      "trends",
      "lossAllowance",
      "meta",
    ]);
    expect(steps).toEqual(["policy", "read", "reviewed", "planned"]);
    // A first review: the one customer is new, so Credit Changes lists it with no previous record.
    expect(outcome.changes).toEqual([
      expect.objectContaining({ customerId: "K1", change: "newCustomer", previousLimit: null }),
    ]);
    expect(outcome.summary).toMatchObject({ customers: 1, newCustomers: 1, raised: 0, lowered: 0 });
  });

  test("the Credit Log an earlier review left is read back for the comparison", async () => {
    // Columns by position: reviewDate, policyVersion, customerId, customerName, score, grade, creditLimit, termsDays, statusCode, reasonCodes.
    const log = sheet("Credit Log", [
      [
        "Review date",
        "Policy version",
        "Customer ID",
        "Customer name",
        "Score",
        "Grade",
        "Credit limit",
        "Terms",
        "Status",
        "Reasons",
      ],
      [
        serialFromIso("2026-03-31"),
        "CP-2026.1",
        "K1",
        "Kite Trading",
        85,
        "B",
        200000,
        90,
        "OK",
        "",
      ],
    ]);
    // The log is ours only because the map names it and its A1 holds the header a review writes.
    const map: RawSheet = {
      ...sheet(
        META_SHEET_NAME,
        metaSheetRows({ blocks: {}, sheets: { creditLog: "Credit Log", meta: META_SHEET_NAME } })
      ),
      visibility: "veryHidden",
    };
    const outcome = await prepareReview(book(customers, receivables, log, map), options());
    if (outcome.kind !== "ready") throw new Error(JSON.stringify(outcome.refusal));
    // 200,000.00 in the log = 20,000,000 minor units; the record of 2026-03-31 is the previous one.
    expect(outcome.changes).toHaveLength(1);
    expect(outcome.changes[0]).toMatchObject({
      customerId: "K1",
      previousReview: serialFromIso("2026-03-31"),
      previousGrade: "B",
      previousLimit: 20_000_000,
      previousTerms: 90,
    });
  });
});
