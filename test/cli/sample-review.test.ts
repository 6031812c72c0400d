/**
 * The command on the sample workbook, in-process and once as a child process: the input is
 * untouched, the output is a new file, the JSON has its documented shape, and the numbers of a
 * crafted customer match the arithmetic of the policy.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonCustomer, JsonResult } from "../../src/cli/json-result";
import { ROOT, SAMPLE, SAMPLE_AS_OF, runCli, sha256, tempDir } from "./cli-harness";

/** Every documented key of the JSON result (json-result.ts), nothing else. */
const TOP_KEYS = [
  "asOf",
  "policyVersion",
  "customers",
  "aging",
  "dso",
  "dsoCountback",
  "history",
  // The sample has a Collection Log.
  "collections",
  "problems",
];
const AGING_KEYS = ["buckets", "totals", "unapplied", "net", "averageAgeDays", "byCustomer"];
const CUSTOMER_KEYS = [
  "id",
  "name",
  "score",
  "coverage",
  "grade",
  "limit",
  "limitOrderBased",
  "limitWorkingCapital",
  "termsDays",
  "exposure",
  "available",
  "openAmount",
  "overdueAmount",
  "maxDaysOverdue",
  "status",
  "reasons",
  "approvalLevel",
  "abc",
  "core",
  "collectionAction",
  "debtClass",
  // Since the previous review in the Credit Log; null on the sample's first review.
  "changes",
  "collection",
];
const PROBLEM_KEYS = ["code", "severity", "place", "value", "params", "message"];

const cents = (units: number) => Math.round(units * 100);

describe("credit-desk review on the sample workbook (in-process)", () => {
  const dir = tempDir("sample");
  const out = join(dir, "reviewed.xlsx");
  const jsonPath = join(dir, "result.json");
  let run: Awaited<ReturnType<typeof runCli>>;
  let json: JsonResult;
  let inputHashBefore: string;

  beforeAll(async () => {
    inputHashBefore = sha256(SAMPLE);
    run = await runCli([
      "review",
      SAMPLE,
      "--as-of",
      SAMPLE_AS_OF,
      "--out",
      out,
      "--json",
      jsonPath,
    ]);
    json = JSON.parse(readFileSync(jsonPath, "utf8")) as JsonResult;
  }, 60_000);

  test("exits 0, writes a new workbook and leaves the input's bytes unchanged", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(sha256(SAMPLE)).toBe(inputHashBefore);
  });

  test("the JSON has exactly the documented keys", () => {
    expect(Object.keys(json).sort()).toEqual([...TOP_KEYS].sort());
    expect(Object.keys(json.aging).sort()).toEqual([...AGING_KEYS].sort());
    for (const customer of json.customers)
      expect(Object.keys(customer).sort()).toEqual([...CUSTOMER_KEYS].sort());
    for (const problem of json.problems)
      expect(Object.keys(problem).sort()).toEqual([...PROBLEM_KEYS].sort());
    expect(json.asOf).toBe(SAMPLE_AS_OF);
    expect(json.aging.buckets).toEqual(["Not due", "1-30", "31-60", "61-90", "91-180", ">180"]);
  });

  test("Σ aging buckets + unapplied credits = Σ customers' open amounts + the unknown customer's invoice, to the cent", () => {
    const buckets = json.aging.totals.reduce((sum, amount) => sum + cents(amount), 0);
    const customers = json.customers.reduce((sum, customer) => sum + cents(customer.openAmount), 0);
    // Receivables, row of C09999 (not on the customer sheet): 15,000.00 aged under its id but
    // belonging to no customer row (bad-rows.ts, BAD-INPUTS #25).
    expect(json.aging.byCustomer.C09999).toEqual([0, 15_000, 0, 0, 0, 0]);
    expect(json.customers.some((customer) => customer.id === "C09999")).toBe(false);
    expect(buckets + cents(json.aging.unapplied)).toBe(customers + cents(15_000));
    expect(buckets + cents(json.aging.unapplied)).toBe(cents(json.aging.net));
  });

  test("every grade A–D, no grade, and every status appear (the sample was built for that)", () => {
    const grades = new Set(json.customers.map((customer) => customer.grade));
    expect([...grades].sort()).toEqual(expect.arrayContaining(["A", "B", "C", "D"]));
    expect(grades.has(null)).toBe(true);
    expect(new Set(json.customers.map((customer) => customer.status))).toEqual(
      new Set(["OK", "REDUCE", "SUSPEND"])
    );
  });

  test("C00003, checked by hand from make-sample.ts's table", () => {
    const customer = json.customers.find((candidate) => candidate.id === "C00003") as JsonCustomer;
    // Open: 80,000 (due 2026-05-21, 40 d) + 75,000 (due 2026-06-15, 15 d) + 82,000 (due 2026-07-10, not due) = 237,000.
    // Limit: score 70 → band ≥ 60 → 150 %; base = 3 monthly orders of 90,000 in (2026-03-30, 2026-06-30] = 270,000
    //        → 1.5 × 270,000 = 405,000, 60 days. All orders shipped: exposure = open = 237,000; available 168,000.
    expect(customer).toMatchObject({
      grade: "C",
      status: "OK",
      reasons: [],
      limit: 405_000,
      termsDays: 60,
      openAmount: 237_000,
      overdueAmount: 155_000,
      exposure: 237_000,
      available: 168_000,
      maxDaysOverdue: 40,
      collectionAction: "SECOND_LETTER_STOP_SUPPLY", // 30–59 days
      debtClass: "IN_COLLECTION", // 1–90 days
      approvalLevel: 1, // ≤ 1.5 M
    });
    expect(json.aging.byCustomer.C00003).toEqual([82_000, 75_000, 80_000, 0, 0, 0]);
  });

  test("C00020: an overpayment (−5,000) and a credit note (−8,000) are unapplied credits, apart from the buckets", () => {
    const customer = json.customers.find((candidate) => candidate.id === "C00020") as JsonCustomer;
    // 52,000 not due − 5,000 − 8,000 = 39,000 net open; the buckets hold only the 52,000.
    expect(customer.openAmount).toBe(39_000);
    expect(json.aging.byCustomer.C00020).toEqual([52_000, 0, 0, 0, 0, 0]);
  });

  test("the summary states the review as the JSON does", () => {
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(`Credit review as of ${SAMPLE_AS_OF} (policy ${json.policyVersion})`);
    expect(run.stdout).toContain(`Customers reviewed  ${json.customers.length}`);
    for (const grade of ["A", "B", "C", "D"]) {
      const count = json.customers.filter((customer) => customer.grade === grade).length;
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${grade}\\s+${count}$`)));
    }
    // C00012 is suspended by hand: one customer carries MANUAL_SUSPEND.
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}MANUAL_SUSPEND\s+1\s+Marked by hand/));
    // Open credit notes and overpayments are for information, not problems.
    const real = json.problems.filter((problem) => problem.severity !== "info");
    expect(run.stdout).toContain(`Problems found: ${real.length}`);
    expect(run.stdout).toContain(`Review written to ${out}`);
    expect(run.stdout).toContain(`JSON result written to ${jsonPath}`);
  });

  test("each reason is listed under the status it caused, with the words for no credit", () => {
    const lines = run.stdout.split("\n");
    const block = (title: string) => {
      const start = lines.findIndex((line) => line.startsWith(title));
      const end = lines.findIndex((line, i) => i > start && !line.startsWith("  "));
      return lines.slice(start, end);
    };
    // 34 OK customers below the lowest band: 28 graded below 60, 6 with too little data.
    const noCredit = json.customers.filter(
      (c) =>
        c.status === "OK" &&
        (c.reasons.includes("LOW_SCORE") || c.reasons.includes("INSUFFICIENT_DATA"))
    ).length;
    expect(noCredit).toBe(34);
    const cashOnly = block("No credit (cash only)");
    expect(cashOnly[0]).toMatch(/^No credit \(cash only\)\s+34$/);
    expect(cashOnly.slice(1).map((line) => line.trim().split(/\s+/)[0])).toEqual([
      "LOW_SCORE",
      "INSUFFICIENT_DATA",
    ]);
    // LOW_SCORE no longer appears under Suspended or Reduced: it did not cause those.
    expect(block("Suspended").join("\n")).not.toContain("LOW_SCORE");
    expect(block("Reduced").join("\n")).not.toContain("LOW_SCORE");
    expect(run.stdout).toContain(
      "Each reason is listed under the status it caused; one customer can have several reasons."
    );
  });

  test("problems by severity: 6 errors (rows left out), 11 warnings, 105 unapplied credits for information", () => {
    // Counted apart with openpyxl: 104 numeric lines with amount − paid < 0, plus "(1,200.00)" at E4642.
    const count = (severity: string) =>
      json.problems.filter((problem) => problem.severity === severity).length;
    expect([count("error"), count("warning"), count("info")]).toEqual([6, 11, 105]);
    expect(
      json.problems.filter((p) => p.severity === "info").every((p) => p.code === "UNAPPLIED_CREDIT")
    ).toBe(true);
    expect(run.stdout).toMatch(/^ {2}Errors: rows left out of the totals\s+6$/m);
    expect(run.stdout).toMatch(/^ {2}Warnings: values assumed or not used\s+11$/m);
    expect(run.stdout).toContain("For information, not problems: 105");
  });

  test("the aging lines of the summary give each bucket's share of the positive open amount", () => {
    const positive = json.aging.totals.reduce((sum, amount) => sum + cents(amount), 0);
    const notDueShare = ((cents(json.aging.totals[0]) / positive) * 100).toFixed(1);
    expect(run.stdout).toMatch(
      new RegExp(`^Not due\\s+[\\d,.]+\\s+${notDueShare.replace(".", "\\.")}%$`, "m")
    );
    expect(run.stdout).toMatch(/^Total\s+[\d,.]+\s+100\.0%$/m);
  });
});

describe("credit-desk review as a child process (tsx bin)", () => {
  test("exit 0, summary on stdout, nothing on stderr, output written", () => {
    const dir = tempDir("child");
    const out = join(dir, "child.xlsx");
    const child = spawnSync(
      join(ROOT, "node_modules/.bin/tsx"),
      [
        "src/cli/main.ts",
        "review",
        SAMPLE,
        "--as-of",
        SAMPLE_AS_OF,
        "--out",
        out,
        "--lang",
        "zh-TW",
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 60_000,
      }
    );
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(child.stdout.split("\n")[0]).toBe("信用評審（評審日期 2026/6/30，政策版本 CP-2026.1）");
    expect(existsSync(out)).toBe(true);
  }, 60_000);
});
