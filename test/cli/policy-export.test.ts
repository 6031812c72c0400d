/**
 * `credit-desk policy --export [--from book.xlsx]` prints a policy in exactly the format
 * `--policy` reads: it validates against schemas/policy.schema.json, and reviewing with the
 * exported file gives the same review as the policy it came from.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { DEFAULT_POLICY, type Policy } from "../../src/engine/policy";
import { validatePolicy } from "../../src/engine/policy-validation";
import { COLLECTION_ACTIONS, DEBT_CLASSES, FACTOR_KEYS } from "../../src/engine/types";
import { ROOT, runCli, SAMPLE, SAMPLE_AS_OF, tempDir } from "./cli-harness";

const schema = JSON.parse(readFileSync(join(ROOT, "schemas/policy.schema.json"), "utf8")) as {
  properties: Record<string, { properties: Record<string, unknown> }>;
};
const matchesSchema = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);
const dir = tempDir("policy-export");

/** The defaults with grade A's multiplier at 250 % and a version of its own. */
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

async function writeBook(name: string, sheets: Record<string, (string | number)[][]>) {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets))
    workbook.addWorksheet(sheetName).addRows(rows);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const SMALL_BOOK = {
  Customers: [
    ["Customer ID", "Customer name"],
    ["K1", "Kite Trading"],
  ],
  Receivables: [
    ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
    ["K1", "INV-1", "2026-04-21", "2026-05-21", 1000],
  ],
};

async function exported(...options: string[]): Promise<unknown> {
  const run = await runCli(["policy", "--export", ...options]);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  return JSON.parse(run.stdout) as unknown;
}

/** Reviews `book` and returns the parsed JSON result. */
async function reviewJson(book: string, name: string, ...options: string[]): Promise<unknown> {
  const json = join(dir, `${name}.json`);
  const run = await runCli([
    "review",
    book,
    "--as-of",
    SAMPLE_AS_OF,
    "--quiet",
    "--out",
    join(dir, `${name}.xlsx`),
    "--json",
    json,
    ...options,
  ]);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  return JSON.parse(readFileSync(json, "utf8")) as unknown;
}

describe("the built-in policy", () => {
  test("is printed whole, two-space indented, and validates against the schema", async () => {
    const run = await runCli(["policy", "--export"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${JSON.stringify(DEFAULT_POLICY, null, 2)}\n`);
    const policy = JSON.parse(run.stdout) as unknown;
    expect(matchesSchema(policy)).toBe(true);
    expect(validatePolicy(policy).ok).toBe(true);
  });

  test("read back with --policy gives the same review as no --policy on a book without one", async () => {
    const book = await writeBook("small.xlsx", SMALL_BOOK);
    const policyFile = join(dir, "default-policy.json");
    writeFileSync(policyFile, JSON.stringify(await exported()));
    expect(await reviewJson(book, "small-given", "--policy", policyFile)).toEqual(
      await reviewJson(book, "small-default")
    );
  });
});

describe("--from a workbook", () => {
  test("the sample's Policy sheet, read back with --policy, gives the same review as the sheet itself", async () => {
    const policyFile = join(dir, "sample-policy.json");
    const policy = await exported("--from", SAMPLE);
    expect(matchesSchema(policy)).toBe(true);
    writeFileSync(policyFile, JSON.stringify(policy));
    const fromSheet = await reviewJson(SAMPLE, "sample-sheet");
    const fromFile = await reviewJson(SAMPLE, "sample-file", "--policy", policyFile);
    expect(fromFile).toEqual(fromSheet);
  }, 60_000);

  test("a reviewed workbook gives back the policy it was reviewed with (grade A at 250 %)", async () => {
    const given = join(dir, "edited.json");
    writeFileSync(given, JSON.stringify(EDITED));
    await reviewJson(SAMPLE, "edited-review", "--policy", given);
    const policy = await exported("--from", join(dir, "edited-review.xlsx"));
    expect(policy).toEqual(EDITED);
    expect(matchesSchema(policy)).toBe(true);
  }, 60_000);

  test("a workbook that records no policy is refused (exit 1), not answered with the defaults", async () => {
    const book = await writeBook("no-policy.xlsx", SMALL_BOOK);
    const run = await runCli(["policy", "--export", "--from", book]);
    expect([run.code, run.stdout]).toEqual([1, ""]);
    expect(run.stderr).toBe(
      `${book} records no policy: it has neither the policy sheet of a previous review nor a Policy sheet. Without --from, policy --export prints the built-in policy.\n`
    );
  });

  test("a missing workbook (exit 1), in zh-CN", async () => {
    const missing = join(dir, "missing.xlsx");
    const run = await runCli(["policy", "--export", "--from", missing, "--lang", "zh-CN"]);
    expect([run.code, run.stdout, run.stderr]).toEqual([1, "", `找不到文件：${missing}\n`]);
  });

  test("a workbook whose Policy sheet is refused: the reason, exit 1", async () => {
    const book = await writeBook("bad-policy.xlsx", {
      ...SMALL_BOOK,
      Policy: [
        ["Setting", "Value"],
        ["adjustments.reduceOverdueDays", 120],
      ],
    });
    const run = await runCli(["policy", "--export", "--from", book]);
    expect([run.code, run.stdout]).toEqual([1, ""]);
    expect(run.stderr).toBe(
      'The policy in sheet "Policy" was refused: adjustments.suspendOverdueDays: 90 is below reduceOverdueDays (120): suspending must not come before reducing\n'
    );
  });
});

describe("the schema and the policy reader agree", () => {
  test("its lists of factors, collection actions and debt classes are the engine's", () => {
    const enumOf = (node: unknown) => (node as { enum: string[] }).enum;
    const items = (node: unknown) =>
      (node as { items: { properties: Record<string, unknown> } }).items.properties;
    const props = schema.properties;
    expect(enumOf(items(props.score.properties.factors).key)).toEqual([...FACTOR_KEYS]);
    expect(enumOf(items(props.collection).action)).toEqual([...COLLECTION_ACTIONS]);
    expect(enumOf(items(props.debtClasses).debtClass)).toEqual([...DEBT_CLASSES]);
  });

  test.each([
    ["a weight written as text", ["score", "factors", 0, "weight"], "12"],
    ["terms of 1.5 days", ["limit", "bands", 0, "termsDays"], 1.5],
    ["a share above 1", ["portfolio", "coreShare"], 1.2],
    ["an unknown collection action", ["collection", 0, "action"], "EMAIL"],
    ["no version", ["version"], ""],
  ])("%s is refused by both", (_, path, value) => {
    const policy = withLeaf(DEFAULT_POLICY, path, value);
    expect(matchesSchema(policy)).toBe(false);
    expect(validatePolicy(policy).ok).toBe(false);
  });

  test("any policy the reader accepts, the schema accepts (one value changed at random)", () => {
    const leaves = leafPaths(DEFAULT_POLICY);
    const anyValue = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.double({ min: -2, max: 200, noNaN: true }),
      fc.constantFrom(0, 0.5, 1, null, true, "", "A", "x"),
      fc.string()
    );
    fc.assert(
      fc.property(fc.constantFrom(...leaves), anyValue, (path, value) => {
        const policy = withLeaf(DEFAULT_POLICY, path, value);
        if (validatePolicy(policy).ok) expect(matchesSchema(policy)).toBe(true);
      }),
      { numRuns: 500 }
    );
  });
});

type Path = (string | number)[];

/** Paths to every number, text, boolean and null in `value`. */
function leafPaths(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [path];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  return entries.flatMap(([key, item]) => leafPaths(item, [...path, key]));
}

/** A deep copy of `value` with the leaf at `path` replaced. */
function withLeaf(value: unknown, path: Path, leaf: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  path.slice(0, -1).forEach((key) => {
    node = node[key] as Record<string | number, unknown>;
  });
  node[path[path.length - 1]] = leaf;
  return copy;
}
