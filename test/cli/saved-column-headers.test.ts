/**
 * A column choice the pane saved keeps the header it was made on, so a column the user inserts
 * later cannot shift it onto another column; and no source may give two fields one column.
 *
 * The ledger holds one invoice of Kite: Net 1,000.00, Gross 1,190.00 (VAT 190.00 where that
 * column is inserted). The pane saved receivables.amount = column 6 (F), headed "Gross". The
 * customer's open amount in the JSON shows which column was read as the amount.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentSettings } from "../../src/workbook/settings-codec";
import { inlineSheet as sheet } from "../file/support/inline-sheet";
import { settingsPart } from "../file/support/settings-part";
import { buildZip, packageEntries } from "../file/support/zip-builder";
import { runCli, SAMPLE_AS_OF, tempDir } from "./cli-harness";

const dir = tempDir("saved-headers");

const CUSTOMERS = sheet([
  ["Customer ID", "Customer name", "Payment record"],
  ["K1", "Kite", 10],
]);
const FRONT = ["Customer ID", "Invoice No.", "Invoice Date", "Due Date"];
const INVOICE = ["K1", "I1", "2026-06-01", "2026-06-20"];
const AS_SAVED = sheet([
  [...FRONT, "Net", "Gross"],
  [...INVOICE, 1000, 1190],
]);
const VAT_INSERTED = sheet([
  [...FRONT, "Net", "VAT", "Gross"],
  [...INVOICE, 1000, 190, 1190],
]);
const GROSS_RENAMED = sheet([
  [...FRONT, "Net", "Invoice Total"],
  [...INVOICE, 1000, 1190],
]);

const GROSS_SAVED: DocumentSettings = {
  columnMapping: { receivables: { amount: 6 } },
  columnHeaders: { receivables: { amount: "Gross" } },
};

function writeBook(name: string, receivables: string, settings?: DocumentSettings): string {
  const path = join(dir, name);
  const sheets = [
    { name: "Customers", xml: CUSTOMERS },
    { name: "Receivables", xml: receivables },
  ];
  const parts = settings === undefined ? [] : [settingsPart(settings)];
  writeFileSync(path, buildZip(packageEntries({ sheets, parts })));
  return path;
}

interface JsonOut {
  customers: { id: string; openAmount: number }[];
  problems: { code: string; place: { sheet: string }; message: string }[];
}

let runs = 0;
async function review(book: string, options: string[] = []) {
  runs += 1;
  const json = join(dir, `result-${runs}.json`);
  const run = await runCli([
    "review",
    book,
    "--as-of",
    SAMPLE_AS_OF,
    "--out",
    join(dir, `out-${runs}.xlsx`),
    "--json",
    json,
    "--quiet",
    ...options,
  ]);
  const result = run.code === 0 ? (JSON.parse(readFileSync(json, "utf8")) as JsonOut) : null;
  return { ...run, result, open: result?.customers[0]?.openAmount };
}

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe("a saved column choice follows its header", () => {
  test("on the sheet it was made on: Gross, 1,190.00", async () => {
    const run = await review(writeBook("as-saved.xlsx", AS_SAVED, GROSS_SAVED));
    expect(run.code).toBe(0);
    expect(run.open).toBe(1190);
  });

  test("settings saved before headers were kept still read: column 6 is Gross, 1,190.00", async () => {
    const old = { columnMapping: { receivables: { amount: 6 } } };
    const run = await review(writeBook("old-settings.xlsx", AS_SAVED, old));
    expect(run.code).toBe(0);
    expect(run.open).toBe(1190);
  });

  test("VAT inserted before Gross: Gross is found in column 7, 1,190.00 (not VAT's 190.00)", async () => {
    const run = await review(writeBook("vat.xlsx", VAT_INSERTED, GROSS_SAVED));
    expect(run.code).toBe(0);
    expect(run.open).toBe(1190);
    expect(run.result?.problems.map((p) => p.message).join("\n")).not.toContain("Gross");
  });

  test("Gross renamed: the choice is dropped with a warning naming field and header, the headers decide", async () => {
    const run = await review(writeBook("renamed.xlsx", GROSS_RENAMED, GROSS_SAVED));
    expect(run.code).toBe(0);
    // "Invoice Total" is an amount header, so the headers find the amount themselves.
    expect(run.open).toBe(1190);
    const warning = run.result?.problems.find((p) => p.message.includes('"Gross"'));
    expect(warning?.message).toBe(
      'Receivables: "amount" was saved as column F under the header "Gross", which the table no longer has in one column; the choice was dropped and the headers decide.'
    );
  });
});

describe("two fields on one column are refused, exit 2, from any source", () => {
  const sentence =
    'Sheet "Receivables": receivables.amount (SOURCE_A) and receivables.paidAmount (SOURCE_B) are both given column F, and a column holds one field: give each its own column.';

  test("--mapping with amount and paidAmount both 6", async () => {
    const mapping = writeJson("dup.json", { receivables: { amount: 6, paidAmount: 6 } });
    const run = await review(writeBook("dup-file.xlsx", AS_SAVED), ["--mapping", mapping]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      sentence.replace("SOURCE_A", "--mapping").replace("SOURCE_B", "--mapping")
    );
  });

  test("--map amount=Gross and paidAmount=Gross: the same sentence, not 'no column headed'", async () => {
    const run = await review(writeBook("dup-map.xlsx", AS_SAVED), [
      "--map",
      "receivables.amount=Gross",
      "--map",
      "paidAmount=Gross",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      sentence.replace("SOURCE_A", "--map").replace("SOURCE_B", "--map")
    );
    expect(run.stderr).not.toContain("no column headed");
  });

  test("--map for one field and the saved choice for the other", async () => {
    const saved = { columnMapping: { receivables: { paidAmount: 6 } } };
    const run = await review(writeBook("dup-mixed.xlsx", AS_SAVED, saved), [
      "--map",
      "receivables.amount=Gross",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      sentence.replace("SOURCE_A", "--map").replace("SOURCE_B", "the mapping saved in the workbook")
    );
  });
});
