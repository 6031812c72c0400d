/**
 * The sample's Collection Log (assets/sample/collection-log.ts, worked cases there) through the
 * real command, as of 2026-06-30 under the default policy (grace 5 days; priority = overdue ×
 * (1 + oldest days overdue / 30) × grade factor A 1, B 1.2, C 1.5, D 2):
 *
 * | id     | grade | overdue, oldest                 | priority                               | promise                     |
 * |--------|-------|---------------------------------|----------------------------------------|-----------------------------|
 * | C00014 | C     | 95,000, 445 days (released)     | 95,000 × (1 + 445/30) × 1.5 = 2,256,250 | —                           |
 * | C00015 | B     | 88,000, 227 days                | 88,000 × (1 + 227/30) × 1.2 = 904,640   | —                           |
 * | C00003 | C     | 80,000 + 75,000, 40 days        | 155,000 × (1 + 40/30) × 1.5 = 542,500   | 75,000 for 07-03: open      |
 * | C00006 | B     | 126,000, 76 days                | 126,000 × (1 + 76/30) × 1.2 = 534,240   | 126,000 for 06-10: broken   |
 * | C00007 | C     | 36,000, 149 days                | 36,000 × (1 + 149/30) × 1.5 = 322,200   | 60,000 for 03-15: broken (24,000 paid) |
 * | C00020 | B     | nothing overdue                 | 0                                      | 100,000 for 06-08: kept     |
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { JsonResult } from "../../src/cli/json-result";
import { SAMPLE, SAMPLE_AS_OF, runCli, tempDir } from "./cli-harness";

const WORKED = ["C00014", "C00015", "C00003", "C00006", "C00007"];

describe("the sample's Collection Log through the command", () => {
  const dir = tempDir("sample-collections");
  const out = join(dir, "reviewed.xlsx");
  const jsonPath = join(dir, "result.json");
  let json: JsonResult;
  let worklist: string[];

  beforeAll(async () => {
    const run = await runCli([
      "review",
      SAMPLE,
      "--as-of",
      SAMPLE_AS_OF,
      "--out",
      out,
      "--json",
      jsonPath,
    ]);
    expect(run.code).toBe(0);
    json = JSON.parse(readFileSync(jsonPath, "utf8")) as JsonResult;
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const sheet = written.getWorksheet("Collections");
    if (sheet === undefined) throw new Error("no Collections sheet");
    worklist = [];
    sheet.eachRow((row, number) => {
      if (number > 4) worklist.push(String(row.getCell(1).value));
    });
  }, 60_000);

  const collectionOf = (id: string) => {
    const customer = json.customers.find((candidate) => candidate.id === id);
    if (customer?.collection === undefined) throw new Error(`no collection facts for ${id}`);
    return customer.collection;
  };

  test("the worklist ranks the worked customers by priority, highest first", () => {
    expect(worklist.filter((id) => WORKED.includes(id))).toEqual(WORKED);
    expect(WORKED.map((id) => collectionOf(id).priority)).toEqual([
      2_256_250, 904_640, 542_500, 534_240, 322_200,
    ]);
    // Nothing overdue, nothing to do: C00020's kept promise does not put it on the worklist.
    expect(worklist).not.toContain("C00020");
  });

  test("each promise's status: open, broken, partial (broken), kept", () => {
    expect(collectionOf("C00003").promise).toEqual({
      amount: 75_000,
      date: "2026-07-03",
      status: "open",
    });
    expect(collectionOf("C00006").promise).toEqual({
      amount: 126_000,
      date: "2026-06-10",
      status: "broken",
    });
    expect(collectionOf("C00007").promise).toEqual({
      amount: 60_000,
      date: "2026-03-15",
      status: "broken",
    });
    expect(collectionOf("C00020").promise).toEqual({
      amount: 100_000,
      date: "2026-06-08",
      status: "kept",
    });
    // Deadlines 06-15 (in the three months to 06-30) and 03-20 (before them).
    expect(collectionOf("C00006").brokenPromises3m).toBe(1);
    expect(collectionOf("C00007").brokenPromises3m).toBe(0);
  });

  test("the dispute of 04-10 was released on 06-15: nothing disputed, the invoice back on the ladder", () => {
    const c14 = collectionOf("C00014");
    expect(c14.disputedAmount).toBe(0);
    expect(c14.nextAction).toBe("LEGAL_ACTION");
    expect(c14.lastContact).toEqual({ date: "2026-06-15", action: "VISIT", person: "Mr. Tan" });
    expect(json.collections?.disputedAmount).toBe(0);
    // Only C00003's open promise is still promised.
    expect(json.collections?.promisedAmount).toBe(75_000);
  });

  test("the promise holds only the promised invoice: C00003's 40-day invoice still asks a second letter", () => {
    expect(collectionOf("C00003")).toMatchObject({
      nextAction: "SECOND_LETTER_STOP_SUPPLY",
      nextActionDue: "2026-06-20",
    });
  });

  test("the log raises no problem: every line's invoice is in the ledger", () => {
    expect(json.problems.filter((problem) => problem.place.sheet === "Collection Log")).toEqual([]);
  });
});
