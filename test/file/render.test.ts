/**
 * The workbook written by the package writer as a person sees it: LibreOffice renders the Aging
 * sheet of the reviewed sample to PDF, poppler rasterises it, and the aging colours must be there as pixels. The
 * images are kept under test-artifacts/file-render/ to look at.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { patchXlsxPackage, writeXlsxBuffer } from "../../src/file/index";
import { openXlsxPackageFile } from "../../src/file/index-node";
import { AGING_PALETTE } from "../../src/workbook/colors";
import { reviewRaw } from "./support/review-sample";
import { countColor, parsePpm } from "./support/ppm";

const SAMPLE = join(__dirname, "../../assets/sample/credit-desk-sample.xlsx");
const ARTIFACTS = join(__dirname, "../../test-artifacts/file-render");
const NOT_DUE_GREEN = AGING_PALETTE[0];
const OLDEST_DARK_RED = AGING_PALETTE[AGING_PALETTE.length - 1];

function available(command: string, versionFlag: string): boolean {
  return spawnSync(command, [versionFlag], { stdio: "ignore" }).status === 0;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 120_000 });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(" ")} failed: ${result.stderr || result.error?.message}`
    );
}

const tools = available("soffice", "--version") && available("pdftoppm", "-v");

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
    const agingName = plan.sheets.find((sheet) => sheet.key === "aging")?.name as string;

    // Keep only the aging sheet so the render is a few pages, not the 5,000-line ledger.
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(written.bytes as unknown as ArrayBuffer);
    for (const sheet of copy.worksheets)
      if (sheet.name !== agingName) copy.removeWorksheet(sheet.id);
    expect(copy.worksheets.map((sheet) => sheet.name)).toEqual([agingName]);
    // One page wide, so every bucket column is on each printed page.
    copy.worksheets[0].pageSetup = {
      ...copy.worksheets[0].pageSetup,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };

    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    const book = join(ARTIFACTS, "aging.xlsx");
    writeFileSync(book, await writeXlsxBuffer(copy));
    const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
    try {
      run("soffice", [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        ARTIFACTS,
        book,
      ]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdf = join(ARTIFACTS, "aging.pdf");
    run("pdftoppm", ["-png", "-r", "80", pdf, join(ARTIFACTS, "aging")]);
    run("pdftoppm", ["-r", "80", pdf, join(ARTIFACTS, "aging")]);
    expect(readdirSync(ARTIFACTS).some((name) => name.endsWith(".png"))).toBe(true);
    const pages = readdirSync(ARTIFACTS)
      .filter((name) => name.endsWith(".ppm"))
      .map((name) => parsePpm(new Uint8Array(readFileSync(join(ARTIFACTS, name)))));
    expect(pages.length).toBeGreaterThan(0);
    const pixels = (hex: string) => pages.reduce((sum, page) => sum + countColor(page, hex), 0);

    // A filled cell at 80 dpi is some hundreds of pixels; many customers have amounts not due,
    // and the oldest bucket holds at least the two crafted customers 227 and 445 days overdue.
    expect(pixels(NOT_DUE_GREEN)).toBeGreaterThan(5_000);
    expect(pixels(OLDEST_DARK_RED)).toBeGreaterThan(500);
  }, 180_000);
});
