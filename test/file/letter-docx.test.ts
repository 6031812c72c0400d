/**
 * A collection letter written as .docx, converted to PDF by LibreOffice and read back as text:
 * the filled template and the statement's amounts appear, in each of the three languages.
 */
import { minor } from "../../src/engine/money";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialFromIso } from "../../src/engine/dates";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { LETTER_LANGUAGES, type LetterLanguage } from "../../src/engine/types";
import { letterDocxBytes } from "../../src/file/letter-docx";
import { STATEMENT_WORDS } from "../../src/i18n/statement-words";
import { letterContent, type LetterFacts } from "../../src/workbook/letter-content";
import { runTool, toolAvailable } from "./support/external-tool";

function run(command: string, args: string[]): string {
  return runTool(command, args, { timeout: 120_000 });
}

const day = serialFromIso;

// As of 2026-06-30: 10,000.00 due 04-01 (90 days) and 5,000.00 due 06-10 (20 days).
const FACTS: LetterFacts = {
  customerName: "Kite Trading",
  contactPerson: "Ms Lee",
  company: "Credit Desk Co.",
  asOf: day("2026-06-30"),
  overdueAmount: minor(1_500_000),
  promiseDate: null,
  invoices: [
    {
      invoiceNo: "INV-1",
      invoiceDate: day("2026-03-02"),
      dueDate: day("2026-04-01"),
      daysOverdue: 90,
      open: minor(1_000_000),
    },
    {
      invoiceNo: "INV-2",
      invoiceDate: day("2026-05-11"),
      dueDate: day("2026-06-10"),
      daysOverdue: 20,
      open: minor(500_000),
    },
  ],
  bucketLabels: ["Not due", "1-30", "31-60", "61-90", "91-180", ">180"],
  bucketAmounts: [0, 500_000, 0, 1_000_000, 0, 0].map(minor),
  minorPerUnit: 100,
};

function contentIn(language: LetterLanguage) {
  const template = DEFAULT_POLICY.collections.letters.find(
    (letter) => letter.action === "FIRST_LETTER" && letter.language === language
  );
  if (template === undefined) throw new Error(`no ${language} first letter in the defaults`);
  return letterContent(template, FACTS, STATEMENT_WORDS[language]);
}

describe("letter content", () => {
  test("the template is filled and the statement totals 15,000.00 across the buckets", () => {
    const content = contentIn("en-US");
    expect(content.subject).toBe("First reminder: overdue account");
    expect(content.paragraphs[0]).toBe("Dear Ms Lee,");
    expect(content.paragraphs.join("\n")).toContain(
      "As of 2026-06-30, 15,000.00 from Kite Trading is overdue, the oldest being invoice INV-1."
    );
    expect(content.statement.rows).toEqual([
      ["INV-1", "2026-03-02", "2026-04-01", "90", "10,000.00"],
      ["INV-2", "2026-05-11", "2026-06-10", "20", "5,000.00"],
    ]);
    expect(content.statement.aging[3]).toEqual(["61-90", "10,000.00"]);
    expect(content.statement.total).toEqual(["Total", "15,000.00"]);
  });
});

const tools = toolAvailable("soffice", "--version") && toolAvailable("pdftotext", "-v");

describe("the .docx rendered by LibreOffice", () => {
  if (!tools) {
    test("needs LibreOffice (soffice) and poppler (pdftotext)", () => {
      if (process.env.CI === "true")
        throw new Error("soffice or pdftotext is missing on CI; .ci/run installs them");
      process.stdout.write("letter render test not run: soffice or pdftotext is missing\n");
    });
    return;
  }

  test("each language shows its subject, the statement heading and every amount", async () => {
    const dir = mkdtempSync(join(tmpdir(), "credit-desk-letters-"));
    const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
    try {
      const files: string[] = [];
      for (const language of LETTER_LANGUAGES) {
        const file = join(dir, `letter-${language}.docx`);
        writeFileSync(file, await letterDocxBytes(contentIn(language)));
        files.push(file);
      }
      run("soffice", [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        ...files,
      ]);
      for (const language of LETTER_LANGUAGES) {
        const text = run("pdftotext", [join(dir, `letter-${language}.pdf`), "-"]);
        const content = contentIn(language);
        expect(text).toContain(content.subject);
        expect(text).toContain(STATEMENT_WORDS[language].title);
        for (const amount of ["15,000.00", "10,000.00", "5,000.00"]) expect(text).toContain(amount);
        expect(text).toContain("INV-1");
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
