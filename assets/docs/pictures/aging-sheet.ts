/**
 * The Aging sheet of a reviewed workbook as it renders: the command line reviews the sample,
 * LibreOffice turns the result into a PDF (fills and colour scales included), and the picture
 * joins the top of the table to its totals rows, where every bucket has its colour.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import type { BrowserContext } from "playwright-core";
import { EN_US_LABELS } from "../../../src/i18n/labels/en-US";
import { pdfPageCount, pdfPageWords, type PdfWord } from "./pdf-words";
import { AS_OF, CLI, OUT, ROOT, SAMPLE, requireFile } from "./settings";

const run = promisify(execFile);

/** The whole sheet goes on one PDF page and comes out small: render it finely. */
const SHEET_DPI = 200;
const POINTS_PER_INCH = 72;
/** Customer rows shown under the header, enough to see the colours of the older buckets. */
const ROWS_SHOWN = 20;
const MARGIN_PT = 2;
/** Rows are packed: a word's box starts a hair below the top of its row, where the fill starts. */
const ROW_EDGE_PT = 0.2;
const CONVERT_TIMEOUT_MS = 120_000;

/** A strip of the sheet's page, in points from its top-left corner. */
interface Strip {
  top: number;
  bottom: number;
}

export interface AgingSheetCrops {
  head: string;
  totals: string;
  rowsLeftOut: number;
}

const firstWord = (label: string) => label.split(" ")[0];

async function reviewSample(work: string): Promise<string> {
  const reviewed = path.join(work, "reviewed.xlsx");
  const tsx = require.resolve("tsx/cli");
  const args = [tsx, CLI, "review", SAMPLE, "--as-of", AS_OF, "--out", reviewed, "--quiet"];
  await run(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  requireFile(reviewed, "the command line wrote no reviewed workbook");
  return reviewed;
}

async function convertToPdf(workbook: string, work: string): Promise<string> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-docs-"));
  try {
    // One page per sheet, so the aging table is not cut into strips of two columns.
    const filter = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        filter,
        "--outdir",
        work,
        workbook,
      ],
      { timeout: CONVERT_TIMEOUT_MS }
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(work, `${path.basename(workbook, ".xlsx")}.pdf`);
  requireFile(pdf, "LibreOffice did not convert the reviewed workbook");
  return pdf;
}

/** The page whose first word is the Aging sheet's title and that has the "Not due" header. */
async function findAgingPage(pdf: string): Promise<{ page: number; words: PdfWord[] }> {
  const labels = EN_US_LABELS;
  const pages = await pdfPageCount(pdf);
  for (let page = 1; page <= pages; page++) {
    const words = await pdfPageWords(pdf, page);
    const text = words.map((word) => word.text).join(" ");
    if (words[0]?.text === labels.sheets.aging && text.includes(labels.notDue)) {
      return { page, words };
    }
  }
  throw new Error(`No page of ${pdf} shows the ${labels.sheets.aging} sheet`);
}

/** Where the head (title to the last row shown) and the totals rows lie on the page. */
function locateStrips(words: PdfWord[]): { head: Strip; totals: Strip; rowsLeftOut: number } {
  const labels = EN_US_LABELS.aging;
  const header = words.find((word) => word.text === firstWord(labels.customerId));
  if (!header) throw new Error(`The Aging sheet has no "${labels.customerId}" header`);
  // The first column holds one word per row: a customer id, or the totals and shares labels.
  const firstColumn = words
    .filter((word) => Math.abs(word.xMin - header.xMin) < 1 && word.yMin > header.yMax)
    .sort((a, b) => a.yMin - b.yMin);
  const totalIndex = firstColumn.findIndex((word) => word.text === firstWord(labels.totalRow));
  const share = firstColumn.find((word) => word.text === labels.share);
  if (totalIndex < 0 || !share) {
    throw new Error(`The Aging sheet has no "${labels.totalRow}" and "${labels.share}" rows`);
  }
  const shown = Math.min(ROWS_SHOWN, totalIndex);
  const nextRow = firstColumn[shown];
  return {
    head: { top: 0, bottom: nextRow.yMin - ROW_EDGE_PT },
    totals: { top: firstColumn[totalIndex].yMin - ROW_EDGE_PT, bottom: share.yMax + MARGIN_PT },
    rowsLeftOut: totalIndex - shown,
  };
}

async function renderStrip(
  pdf: string,
  page: number,
  strip: Strip,
  right: number,
  file: string
): Promise<string> {
  const scale = SHEET_DPI / POINTS_PER_INCH;
  const pixels = (points: number) => String(Math.round(points * scale));
  await run("pdftoppm", [
    "-png",
    "-r",
    String(SHEET_DPI),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    "-x",
    "0",
    "-y",
    pixels(strip.top),
    "-W",
    pixels(right),
    "-H",
    pixels(strip.bottom - strip.top),
    pdf,
    file.replace(/\.png$/, ""),
  ]);
  return file;
}

/** Reviews the sample and renders the two strips of its Aging sheet into `work`. */
export async function agingSheetCrops(work: string): Promise<AgingSheetCrops> {
  const pdf = await convertToPdf(await reviewSample(work), work);
  const { page, words } = await findAgingPage(pdf);
  const { head, totals, rowsLeftOut } = locateStrips(words);
  const right = Math.max(...words.map((word) => word.xMax)) + MARGIN_PT * 3;
  return {
    head: await renderStrip(pdf, page, head, right, path.join(work, "head.png")),
    totals: await renderStrip(pdf, page, totals, right, path.join(work, "totals.png")),
    rowsLeftOut,
  };
}

const dataUrl = (png: string) => `data:image/png;base64,${fs.readFileSync(png).toString("base64")}`;

/** Joins the strips, with a line saying how many rows lie between them, into aging-sheet.png. */
export async function composeAgingSheet(
  context: BrowserContext,
  crops: AgingSheetCrops
): Promise<string> {
  const file = "aging-sheet.png";
  const page = await context.newPage();
  await page.setContent(`<!doctype html>
<style>
  body { margin: 0; background: #fff; display: inline-block; }
  img { display: block; }
  p { margin: 0; padding: 4px 8px; font: 13px system-ui, sans-serif; color: #666;
      border-top: 1px dashed #bbb; border-bottom: 1px dashed #bbb; }
</style>
<img src="${dataUrl(crops.head)}">
${crops.rowsLeftOut > 0 ? `<p>… ${crops.rowsLeftOut} more customers …</p>` : ""}
<img src="${dataUrl(crops.totals)}">`);
  await page.locator("body").screenshot({ path: path.join(OUT, file) });
  await page.close();
  return file;
}
