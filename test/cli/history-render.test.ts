/**
 * The Trends and Loss Allowance sheets of the third monthly review as a person sees them in
 * LibreOffice: rendered to PDF (each sheet one page), the numbers worked by hand are found as
 * text, and each sheet's chart is in the package (a stacked column chart on Trends, a column
 * chart on Loss Allowance) and does not stop the render.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readZipDirectory } from "../../src/file/zip-directory";
import { partText } from "../file/support/xlsx-parts";
import { tempDir } from "./cli-harness";
import { reviewThreeMonths } from "./history-book";
import { runTool, toolAvailable } from "../file/support/external-tool";

const ONE_PAGE_PER_SHEET =
  'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';

function run(command: string, args: string[]): string {
  return runTool(command, args, { timeout: 240_000 });
}

const tools = toolAvailable("soffice", "--version") && toolAvailable("pdftotext", "-v");

describe("Trends and Loss Allowance rendered by LibreOffice", () => {
  if (!tools) {
    test("needs LibreOffice (soffice) and poppler (pdftotext)", () => {
      if (process.env.CI === "true")
        throw new Error("soffice or poppler is missing on CI; .ci/run installs them");
      process.stdout.write("history render test not run: soffice or poppler is not installed\n");
    });
    return;
  }
  const dir = tempDir("history-render");
  let text = "";
  let charts: string[] = [];

  beforeAll(async () => {
    await reviewThreeMonths(dir);
    const book = join(dir, "review3.xlsx");
    const bytes = new Uint8Array(readFileSync(book));
    charts = readZipDirectory(bytes, 1000)
      .entries.map((entry) => entry.name)
      .filter((name) => name.startsWith("xl/charts/chart"))
      .map((name) => partText(bytes, name));
    const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
    try {
      run("soffice", [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        ONE_PAGE_PER_SHEET,
        "--outdir",
        dir,
        book,
      ]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    text = run("pdftotext", ["-layout", join(dir, "review3.pdf"), "-"]);
  }, 300_000);

  test("the Loss Allowance page shows the matrix worked by hand", () => {
    // Roll rates 100 %, 33.33 %, 100 %, 85.71 % on a basis of 2,800, 1,800, 600, 700; loss rates
    // 31.43 %, 94.29 %; allowance 628.57 and 804.28; total 1,432.85 of 2,850.00.
    const shownValues = ["100.00%", "33.33%", "85.71%", "1,800.00", "31.43%", "94.29%"];
    for (const shown of [...shownValues, "628.57", "804.28", "1,432.85", "2,850.00"])
      expect(text).toContain(shown);
    expect(text).toContain("2026-04-30, 2026-05-31, 2026-06-30");
  });

  test("the Trends page shows each review's aging totals and the migration", () => {
    expect(text).toContain("Open receivables by age over the reviews");
    for (const shown of ["2026-04-30", "2026-05-31", "2026-06-30", "4,150.00", "3,750.00"])
      expect(text).toContain(shown);
    expect(text).toContain("Grade migration between the reviews of");
  });

  test("the package holds a stacked chart of the four buckets and a column chart of the allowance", () => {
    const stacked = charts.filter((xml) => xml.includes('<c:grouping val="stacked"/>'));
    expect(stacked).toHaveLength(1);
    expect(stacked[0].split("<c:ser>")).toHaveLength(1 + 4);
    expect(stacked[0]).toContain("'Trends'!$B$4:$B$6");
    expect(charts.some((xml) => xml.includes("'Loss Allowance'!$I$8:$I$11"))).toBe(true);
  });
});
