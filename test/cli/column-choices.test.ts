/**
 * Choosing columns from the command line (issue 13): `--map field=Header`, `--mapping file.json`
 * and the mapping the pane saved in the workbook, with `--map` > `--mapping` > saved > headers.
 *
 * The customer sheet built here has three id-like columns the headers alone cannot place
 * ("Ref A", "Ref B", "Ref C" hold A-1, B-1, C-1 for Kite Trading), so which source won is seen in
 * the one customer id the JSON reports. The ledger holds one invoice per id: 100.00 for A-1,
 * 200.00 for B-1, 400.00 for C-1, so the customer's open amount is the chosen id's invoice.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ZipEntrySpec } from "../file/support/zip-builder";
import { inlineSheet as sheet } from "../file/support/inline-sheet";
import { settingsPart } from "../file/support/settings-part";
import { buildZip, packageEntries } from "../file/support/zip-builder";
import { runCli, SAMPLE_AS_OF, tempDir } from "./cli-harness";

const dir = tempDir("columns");

/** The pane's saved column choices, as column numbers. */
const savedMapping = (columnMapping: Record<string, Record<string, number>>) =>
  settingsPart({ columnMapping });

const CUSTOMERS = sheet([
  ["Ref A", "Ref B", "Ref C", "Customer name", "Region", "Sales rep"],
  ["A-1", "B-1", "C-1", "Kite Trading", "North", "Li Wei"],
]);
const RECEIVABLES = sheet([
  ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
  ["A-1", "INV-1", "2026-05-01", "2026-05-31", 100],
  ["B-1", "INV-2", "2026-05-01", "2026-05-31", 200],
  ["C-1", "INV-3", "2026-05-01", "2026-05-31", 400],
]);

function writeBook(name: string, parts: ZipEntrySpec[] = [], customers = CUSTOMERS): string {
  const path = join(dir, name);
  const sheets = [
    { name: "Customers", xml: customers },
    { name: "Receivables", xml: RECEIVABLES },
  ];
  writeFileSync(path, buildZip(packageEntries({ sheets, parts })));
  return path;
}

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

interface JsonOut {
  customers: { id: string; name: string }[];
  problems: { code: string; place: { sheet: string }; message: string; severity: string }[];
}

let runs = 0;
/** Reviews `book` with `options`; the JSON result when the review ran. */
async function review(book: string, options: string[]) {
  runs += 1;
  const json = join(dir, `result-${runs}.json`);
  const out = join(dir, `out-${runs}.xlsx`);
  const run = await runCli([
    "review",
    book,
    "--as-of",
    SAMPLE_AS_OF,
    "--out",
    out,
    "--json",
    json,
    ...options,
  ]);
  const result = run.code === 0 ? (JSON.parse(readFileSync(json, "utf8")) as JsonOut) : null;
  return { ...run, result, written: existsSync(out) || existsSync(json) };
}

const plain = writeBook("plain.xlsx");
const saved = writeBook("saved.xlsx", [savedMapping({ customers: { id: 3 } })]);
const mappingB = writeJson("mapping-b.json", { customers: { id: "Ref B" } });

describe("precedence: --map > --mapping > saved in the workbook > headers", () => {
  test("headers alone cannot place the id: refused, exit 1, naming the sheet", async () => {
    const run = await review(plain, []);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Sheet "Customers" has no');
  });

  test("the pane's saved choice (column 3) is used: id C-1", async () => {
    const run = await review(saved, []);
    expect(run.code).toBe(0);
    expect(run.result?.customers.map((c) => c.id)).toEqual(["C-1"]);
  });

  test("--mapping beats the saved choice: id B-1", async () => {
    const run = await review(saved, ["--mapping", mappingB]);
    expect(run.code).toBe(0);
    expect(run.result?.customers.map((c) => c.id)).toEqual(["B-1"]);
  });

  test("--map beats --mapping and the saved choice: id A-1", async () => {
    const run = await review(saved, ["--mapping", mappingB, "--map", "id=Ref A"]);
    expect(run.code).toBe(0);
    expect(run.result?.customers.map((c) => c.id)).toEqual(["A-1"]);
  });

  test("a mapping file's column number works like the pane's: column 2 is Ref B", async () => {
    const byNumber = writeJson("mapping-2.json", { customers: { id: 2 } });
    const run = await review(plain, ["--mapping", byNumber]);
    expect(run.result?.customers.map((c) => c.id)).toEqual(["B-1"]);
  });

  test("headers are compared as headers are: --map id=ref_a finds Ref A", async () => {
    const run = await review(plain, ["--map", "customers.id=ref_a"]);
    expect(run.result?.customers.map((c) => c.id)).toEqual(["A-1"]);
  });
});

describe("columns not used are named in the summary and the JSON", () => {
  test("with id under Ref A: Ref B, Ref C, Region and Sales rep are not used", async () => {
    const run = await review(plain, ["--map", "id=Ref A"]);
    expect(run.stdout).toContain("Columns not read:");
    expect(run.stdout).toContain("Customers: Not used: Ref B, Ref C, Region, Sales rep.");
    const unused = run.result?.problems.filter((p) => p.code === "COLUMNS_UNUSED");
    expect(unused).toEqual([
      expect.objectContaining({
        place: expect.objectContaining({ sheet: "Customers" }),
        severity: "warning",
      }),
    ]);
  });

  test("a header close to a field is a warning naming the field, and it stays unread", async () => {
    const resembling = writeBook(
      "resembling.xlsx",
      [],
      sheet([
        ["Customer ID", "Customer name", "Bad Payments Last 6 Months"],
        ["A-1", "Kite Trading", 2],
      ])
    );
    const run = await review(resembling, []);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    const heading = lines.indexOf("Columns not read:");
    expect(lines.slice(heading, heading + 3)).toEqual([
      "Columns not read:",
      "  - Customers: Not used: Bad Payments Last 6 Months.",
      '  - Customers, column C ("Bad Payments Last 6 Months"): looks like "Bad Payments (3 months)" but does not match it, so it is not read. Rename the header or choose the column in the column mapping.',
    ]);
    const resembles = run.result?.problems.filter((p) => p.code === "HEADER_RESEMBLES");
    expect(resembles).toEqual([
      expect.objectContaining({
        place: expect.objectContaining({ sheet: "Customers" }),
        severity: "warning",
      }),
    ]);
  });

  test("--map reads the resembling column, and nothing is left unread", async () => {
    const resembling = join(dir, "resembling.xlsx");
    const run = await review(resembling, ["--map", "badPayments3m=Bad Payments Last 6 Months"]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("Columns not read:");
    expect(
      run.result?.problems.filter(
        (p) => p.code.startsWith("COLUMNS_") || p.code === "HEADER_RESEMBLES"
      )
    ).toEqual([]);
  });

  test("in Chinese the same line is in Chinese and still names the headers", async () => {
    const run = await review(plain, ["--map", "id=Ref A", "--lang", "zh-CN"]);
    expect(run.stdout).toContain("未读取的列：");
    expect(run.stdout).toContain("Ref B, Ref C, Region, Sales rep");
  });
});

describe("usage errors: one sentence, exit 2", () => {
  test.each([
    [["--map", "id"], '--map takes field=Header, e.g. --map id="Cust No" (got "id").'],
    [["--map", "=Ref A"], '--map takes field=Header, e.g. --map id="Cust No" (got "=Ref A").'],
    [
      ["--map", "colour=Ref A"],
      '--map colour=Ref A: "colour" is not a field the review reads; the README lists them under "Choosing columns".',
    ],
    [
      ["--map", "amount=Total"],
      '--map amount=Total: "amount" is a field of two sheets; name the sheet: --map receivables.amount=Total / --map orders.amount=Total.',
    ],
    [
      ["--map", "id=Ref A", "--map", "customers.id=Ref B"],
      "--map customers.id=Ref B: customers.id was already given a column; give each field one.",
    ],
  ])("%j", async (options, sentence) => {
    const run = await review(plain, options);
    expect(run.code).toBe(2);
    expect(run.written).toBe(false);
    expect(run.stderr).toBe(`${sentence}\n`);
    expect(run.stdout).toBe("");
  });

  test("a header the sheet does not have is named with its sheet and option", async () => {
    const run = await review(plain, ["--map", "id=Cust No"]);
    expect(run.code).toBe(2);
    expect(run.written).toBe(false);
    expect(run.stderr).toBe(
      'Sheet "Customers" has no column headed "Cust No", which --map gives for customers.id.\n'
    );
  });

  test("the same in Simplified Chinese", async () => {
    const run = await review(plain, ["--map", "id=Cust No", "--lang", "zh-CN"]);
    expect(run.code).toBe(2);
    expect(run.written).toBe(false);
    expect(run.stderr).toBe(
      "工作表“Customers”中没有表头为“Cust No”的列，而 --map 将其指定给 customers.id。\n"
    );
  });

  test("a header two columns carry is named with both columns", async () => {
    const twice = writeBook(
      "twice.xlsx",
      [],
      sheet([
        ["Ref", "Customer name", "Ref"],
        ["A-1", "Kite Trading", "C-1"],
      ])
    );
    const run = await review(twice, ["--map", "id=Ref"]);
    expect(run.code).toBe(2);
    expect(run.written).toBe(false);
    expect(run.stderr).toBe(
      'Sheet "Customers" has several columns headed "Ref" (A (Ref), C (Ref)), which --map gives for customers.id: choose one by its column number in --mapping.\n'
    );
  });

  test("a field of two sheets, in Traditional Chinese", async () => {
    const run = await review(plain, ["--map", "amount=Total", "--lang", "zh-TW"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "--map amount=Total：「amount」是兩個工作表共有的欄位，請寫明工作表：--map receivables.amount=Total / --map orders.amount=Total。\n"
    );
  });

  test("a header in the mapping file the sheet does not have names --mapping", async () => {
    const missing = writeJson("mapping-missing.json", { customers: { id: "Client" } });
    const run = await review(plain, ["--mapping", missing]);
    expect(run.code).toBe(2);
    expect(run.written).toBe(false);
    expect(run.stderr).toBe(
      'Sheet "Customers" has no column headed "Client", which --mapping gives for customers.id.\n'
    );
  });

  test("a column typed for the orders sheet of a workbook without one", async () => {
    const run = await review(plain, ["--map", "id=Ref A", "--map", "orders.shipped=Sent"]);
    expect(run.code).toBe(2);
    expect(run.written).toBe(false);
    expect(run.stderr).toBe(
      "--map gives orders.shipped a column, but no orders sheet was found in the workbook, so it would not be read.\n"
    );
  });

  test("a mapping file that is not JSON", async () => {
    const bad = writeJson("mapping-bad.json", "{ customers: ");
    const run = await review(plain, ["--mapping", bad]);
    expect(run.code).toBe(2);
    expect(run.written).toBe(false);
    expect(run.stderr).toMatch(/^The mapping file .*mapping-bad\.json is not valid JSON: /);
  });

  test.each([
    [
      [1, 2],
      'must map each sheet ("customers", "receivables", "orders") to fields, each given a header text or a column number.',
    ],
    [
      { clients: { id: 1 } },
      'names "clients", which is not a sheet: use customers, receivables or orders.',
    ],
    [{ customers: ["Ref A"] }, 'gives "customers" a value that is not an object of fields'],
    [
      { customers: { colour: "Ref A" } },
      'names "customers.colour", which is not a field of that sheet; its fields are: id, name, ',
    ],
    [
      { customers: { id: 0 } },
      'gives "customers.id" the value 0: write the header text or a column number from 1 to 16384.',
    ],
    [{ customers: { id: 2.5 } }, 'gives "customers.id" the value 2.5:'],
    [{ customers: { id: "  " } }, 'gives "customers.id" the value "  ":'],
    [{ orders: { shipped: true } }, 'gives "orders.shipped" the value true:'],
  ])("mapping file %j is refused naming its bad entry", async (content, part) => {
    const path = writeJson(`mapping-${runs}-entry.json`, content);
    const run = await review(plain, ["--mapping", path]);
    expect(run.code).toBe(2);
    expect(run.written).toBe(false);
    expect(run.stderr).toContain(`The mapping file ${path} `);
    expect(run.stderr).toContain(part);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  test("a mapping file over 64 KB is refused before it is parsed", async () => {
    const big = writeJson("mapping-big.json", " ".repeat(64 * 1024 + 1));
    const run = await review(plain, ["--mapping", big]);
    expect(run.code).toBe(2);
    expect(run.written).toBe(false);
    expect(run.stderr).toBe(
      `The mapping file ${big} is 65 KB; mapping files larger than 64 KB are refused.\n`
    );
  });

  test("a missing mapping file is a refusal like a missing policy: exit 1", async () => {
    const run = await review(plain, ["--mapping", join(dir, "none.json")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`File not found: ${join(dir, "none.json")}\n`);
  });

  test("--mapping naming the workbook itself is refused: exit 2", async () => {
    const run = await review(plain, ["--mapping", plain]);
    expect(run.code).toBe(2);
    expect(run.written).toBe(false);
    expect(run.stderr).toContain(plain);
  });
});
