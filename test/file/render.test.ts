/**
 * The workbook written by the package writer as a person sees it: LibreOffice renders the very
 * bytes the writer produced (no re-save by another library) to PDF, one page per sheet, poppler
 * rasterises the Aging sheet's page, and the aging colours must be there as pixels. The images
 * are kept under test-artifacts/file-render/ to look at.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { patchXlsxPackage } from "../../src/file/index";
import { openXlsxPackageFile } from "../../src/file/index-node";
import { AGING_PALETTE } from "../../src/workbook/colors";
import { reviewRaw } from "./support/review-sample";
import { countColor, parsePpm } from "./support/ppm";
import { runTool, toolAvailable } from "./support/external-tool";

const SAMPLE = join(__dirname, "../../assets/sample/credit-desk-sample.xlsx");
const ARTIFACTS = join(__dirname, "../../test-artifacts/file-render");
const NOT_DUE_GREEN = AGING_PALETTE[0];
const OLDEST_DARK_RED = AGING_PALETTE[AGING_PALETTE.length - 1];

function run(command: string, args: string[]): string {
  return runTool(command, args, { timeout: 120_000 });
}

/** LibreOffice's PDF export with each sheet on one page of its own size (no page breaks, no scaling). */
const ONE_PAGE_PER_SHEET =
  'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';

/** The 1-based page of the PDF whose text starts with `title`. */
function pageStartingWith(pdf: string, title: string): number {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(run("pdfinfo", [pdf]))?.[1] ?? 0);
  for (let page = 1; page <= pages; page += 1) {
    const text = run("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"]);
    if (text.trimStart().startsWith(title)) return page;
  }
  throw new Error(`no page of ${pdf} starts with "${title}"`);
}

const tools = toolAvailable("soffice", "--version") && toolAvailable("pdftoppm", "-v");

describe("the written workbook rendered by LibreOffice", () => {
  if (!tools) {
    test("needs LibreOffice (soffice) and poppler (pdftoppm)", () => {
      if (process.env.CI === "true")
        throw new Error("soffice or pdftoppm is missing on CI; .ci/run installs them");
      process.stdout.write("render test not run: soffice or pdftoppm is not installed\n");
    });
    return;
  }

  test("the aging sheet shows green for not due and dark red for the oldest bucket", async () => {
    const { package: source, raw } = await openXlsxPackageFile(SAMPLE);
    const { plan } = reviewRaw(raw);
    const written = await patchXlsxPackage(source, plan);
    const aging = plan.sheets.find((sheet) => sheet.key === "aging");
    const title = String(aging?.cells[0]?.[0]);

    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    const book = join(ARTIFACTS, "reviewed.xlsx");
    writeFileSync(book, written.bytes);
    const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
    try {
      run("soffice", [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        ONE_PAGE_PER_SHEET,
        "--outdir",
        ARTIFACTS,
        book,
      ]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdf = join(ARTIFACTS, "reviewed.pdf");
    const page = String(pageStartingWith(pdf, title));
    const range = ["-f", page, "-l", page, "-r", "80", pdf, join(ARTIFACTS, "aging")];
    run("pdftoppm", ["-png", ...range]);
    run("pdftoppm", range);
    expect(readdirSync(ARTIFACTS).some((name) => name.endsWith(".png"))).toBe(true);
    const pages = readdirSync(ARTIFACTS)
      .filter((name) => name.endsWith(".ppm"))
      .map((name) => parsePpm(new Uint8Array(readFileSync(join(ARTIFACTS, name)))));
    expect(pages).toHaveLength(1);
    const pixels = (hex: string) => pages.reduce((sum, page) => sum + countColor(page, hex), 0);

    // A filled cell at 80 dpi is some hundreds of pixels; many customers have amounts not due,
    // and the oldest bucket holds at least the two crafted customers 227 and 445 days overdue.
    expect(pixels(NOT_DUE_GREEN)).toBeGreaterThan(5_000);
    expect(pixels(OLDEST_DARK_RED)).toBeGreaterThan(500);
  }, 180_000);
});
