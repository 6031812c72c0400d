/**
 * The Letters sheet as printed by LibreOffice, reviewed in English and in Simplified Chinese:
 * the reviewed workbook converted to PDF and read back as text, page by page. Each letter is on
 * a page of its own (the page break holds), in the language of the review, with the amounts of
 * its statement (worked numbers in `collection-book.ts`).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCollectionBook } from "./collection-book";
import { runCli, SAMPLE_AS_OF, tempDir } from "./cli-harness";
import { runTool, toolAvailable } from "../file/support/external-tool";

function run(command: string, args: string[]): string {
  return runTool(command, args, { timeout: 240_000 });
}

const tools = toolAvailable("soffice", "--version") && toolAvailable("pdftotext", "-v");

const EXPECTED = {
  "en-US": {
    k1Subject: "First reminder: overdue account",
    statement: "Statement of account",
    total: "Total",
  },
  "zh-CN": { k1Subject: "第一次催款函：账款逾期", statement: "对账单", total: "合计" },
} as const;

describe("the Letters sheet rendered by LibreOffice", () => {
  if (!tools) {
    test("needs LibreOffice (soffice) and poppler (pdftotext)", () => {
      if (process.env.CI === "true")
        throw new Error("soffice or pdftotext is missing on CI; .ci/run installs them");
      process.stdout.write("letters render test not run: soffice or pdftotext is missing\n");
    });
    return;
  }

  const dir = tempDir("letters-render");
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  afterAll(() => {
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  test.each(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[])(
    "%s: one page per letter, each with its statement's amounts",
    async (locale) => {
      const book = join(dir, `book-${locale}.xlsx`);
      await writeCollectionBook(book, { letterLanguages: false });
      const out = join(dir, `reviewed-${locale}.xlsx`);
      const review = await runCli([
        "review",
        book,
        "--as-of",
        SAMPLE_AS_OF,
        "--out",
        out,
        "--lang",
        locale,
        "-q",
      ]);
      expect(review.code).toBe(0);
      run("soffice", [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        out,
      ]);
      const pages = run("pdftotext", ["-layout", join(dir, `reviewed-${locale}.pdf`), "-"]).split(
        "\f"
      );
      const words = EXPECTED[locale];
      const k1 = pages.filter((page) => page.includes("INV-2") && page.includes(words.statement));
      const k3 = pages.filter((page) => page.includes("INV-5") && page.includes(words.statement));
      expect(k1).toHaveLength(1);
      expect(k3).toHaveLength(1);
      expect(k1[0]).not.toContain("INV-5");
      // K1: 10,000 (disputed, still owed) + 5,000 = 15,000, the 10,000 in 61-90 days.
      expect(k1[0]).toContain(words.k1Subject);
      for (const amount of ["10,000.00", "5,000.00", "15,000.00"]) expect(k1[0]).toContain(amount);
      expect(k1[0]).toContain(words.total);
      expect(k3[0]).toContain("2,000.00");
    },
    300_000
  );
});
