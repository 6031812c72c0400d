/** Words of a PDF page with their boxes in points, read with poppler's pdftotext. */
import { execFile } from "child_process";
import { promisify } from "util";

const run = promisify(execFile);

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const WORD =
  /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

const XML_ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};

export async function pdfPageCount(pdf: string): Promise<number> {
  const { stdout } = await run("pdfinfo", [pdf]);
  const pages = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!pages) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(pages[1]);
}

/** `pdftotext -bbox` writes each word as an XHTML element with its box. */
export async function pdfPageWords(pdf: string, pageNumber: number): Promise<PdfWord[]> {
  const page = String(pageNumber);
  const { stdout } = await run("pdftotext", ["-bbox", "-f", page, "-l", page, pdf, "-"], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...stdout.matchAll(WORD)].map((match) => ({
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    yMax: Number(match[4]),
    text: match[5].replace(/&\w+;/g, (entity) => XML_ENTITIES[entity] ?? entity),
  }));
}
