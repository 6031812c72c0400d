/**
 * The policy a review used travels with the file it writes: a workbook reviewed with `--policy`
 * records that policy in its "Credit Policy Used" sheet, and reviewing the written file again
 * without `--policy` runs on the recorded policy, not on the workbook's own Policy sheet.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_POLICY, type Policy } from "../../src/engine/policy";
import { runCli, SAMPLE, SAMPLE_AS_OF, tempDir } from "./cli-harness";

/** The defaults with grade A's multiplier at 250 % (instead of 300 %) and a version of its own. */
const EDITED: Policy = {
  ...DEFAULT_POLICY,
  version: "CP-2026.1-board-07",
  limit: {
    ...DEFAULT_POLICY.limit,
    bands: DEFAULT_POLICY.limit.bands.map((band, index) =>
      index === 0 ? { ...band, multiplier: 2.5 } : band
    ),
  },
};

interface Json {
  policyVersion: string;
  customers: { id: string; grade: string | null; limit: number }[];
}

const limits = (json: Json) => Object.fromEntries(json.customers.map((c) => [c.id, c.limit]));

describe("a review with --policy, then the written file reviewed again without it", () => {
  const dir = tempDir("recorded-policy");
  const policyFile = join(dir, "edited.json");
  const json = (name: string) => JSON.parse(readFileSync(join(dir, name), "utf8")) as Json;
  let secondStdout = "";

  beforeAll(async () => {
    writeFileSync(policyFile, JSON.stringify(EDITED));
    const common = ["--as-of", SAMPLE_AS_OF];
    const sheetRun = await runCli([
      "review",
      SAMPLE,
      ...common,
      "--out",
      join(dir, "sheet.xlsx"),
      "--json",
      join(dir, "sheet.json"),
      "--quiet",
    ]);
    const first = await runCli([
      "review",
      SAMPLE,
      ...common,
      "--policy",
      policyFile,
      "--out",
      join(dir, "first.xlsx"),
      "--json",
      join(dir, "first.json"),
      "--quiet",
    ]);
    const second = await runCli([
      "review",
      join(dir, "first.xlsx"),
      ...common,
      "--out",
      join(dir, "second.xlsx"),
      "--json",
      join(dir, "second.json"),
    ]);
    expect([sheetRun, first, second].map((run) => [run.code, run.stderr])).toEqual([
      [0, ""],
      [0, ""],
      [0, ""],
    ]);
    secondStdout = second.stdout;
  }, 120_000);

  test("the first output records the edited policy: version in B1, grade A's multiplier 2.5", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "first.xlsx"));
    const sheet = workbook.getWorksheet("Credit Policy Used");
    expect(sheet?.state).toBe("visible");
    expect(sheet?.getCell("B1").value).toBe("CP-2026.1-board-07");
    const rows: Record<string, unknown> = {};
    sheet?.eachRow((row) => {
      rows[String(row.getCell(1).value)] = row.getCell(2).value;
    });
    expect(rows["limit.bands.1.multiplier"]).toBe(2.5);
    expect(rows["version"]).toBe("CP-2026.1-board-07");
  });

  test("the second review runs on the recorded policy and says so", () => {
    expect(json("second.json").policyVersion).toBe("CP-2026.1-board-07");
    expect(secondStdout).toContain(
      'Policy recorded by the previous review in sheet "Credit Policy Used"'
    );
  });

  test("every limit of the second review equals the first's; C00001 (grade A) has 600,000 × 250 % = 1,500,000, not the Policy sheet's × 300 % = 1,800,000", () => {
    expect(limits(json("second.json"))).toEqual(limits(json("first.json")));
    expect(limits(json("second.json"))["C00001"]).toBe(1_500_000);
    expect(limits(json("sheet.json"))["C00001"]).toBe(1_800_000);
  });
});
