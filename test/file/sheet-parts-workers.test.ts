/**
 * Sheets parsed in worker threads (the built command's reader) give the workbook and the
 * refusals that one thread gives, and a thread that dies is a refusal, never a wait.
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { readRawXlsx } from "../../src/file/read-raw-xlsx";
import type {
  SheetPartRequest,
  SheetPartResponse,
} from "../../src/file/sheet-parts/sheet-part-messages";
import type { SheetPartParser, SheetPartSetup } from "../../src/file/sheet-parts/sheet-part-parser";
import { ZLIB_UNPACKER } from "../../src/file/unpack-node";
import { checkXlsxBytes, DEFAULT_LIMITS } from "../../src/file/xlsx-guard";
import type { RawWorkbook } from "../../src/workbook/raw";
import { buildZip, packageEntries, SPREADSHEET_NAMESPACE } from "./support/zip-builder";
import { SOURCE_WORKER_ENTRY, sourceWorkerParser } from "./support/worker-parser";

const sheetXml = (rows: string, tail = "") =>
  `<worksheet xmlns="${SPREADSHEET_NAMESPACE}"><sheetData>${rows}</sheetData>${tail}</worksheet>`;

/** A worker script that stops before it answers, as a thread killed by the system would. */
const STOPPING_WORKER = join(__dirname, "support/stopping-worker.ts");

/** The largest sheet is parsed in the reading thread: this one is large enough to be it. */
const FILLER_XML = sheetXml(
  Array.from(
    { length: 400 },
    (_, index) => `<row r="${index + 1}"><c r="A${index + 1}"><v>${index}</v></c></row>`
  ).join("")
);

/** Every kind of fact a sheet carries: shared and inline text, a styled date, an error, a boolean, a hidden row, a merge. */
const LEDGER_XML = sheetXml(
  `<row r="2" hidden="1"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>46086</v></c></row>` +
    `<row r="3"><c r="A3" t="inlineStr"><is><t>INV-1</t></is></c><c r="B3" t="e"><v>#N/A</v></c><c r="C3" t="b"><v>1</v></c></row>` +
    `<row r="4"><c r="A4" t="inlineStr"><is><t>merged</t></is></c><c r="B4"><v>5</v></c></row>`,
  `<mergeCells count="1"><mergeCell ref="A4:B4"/></mergeCells>`
);

const STYLES = `<styleSheet xmlns="${SPREADSHEET_NAMESPACE}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;

function workbook(sheets: Array<{ name: string; xml: string }>): Uint8Array {
  return buildZip(
    packageEntries({
      sheets,
      sharedStrings: `<sst xmlns="${SPREADSHEET_NAMESPACE}"><si><t>C00001</t></si></sst>`,
      styles: STYLES,
    })
  );
}

async function read(
  bytes: Uint8Array,
  parser?: SheetPartParser,
  maxSheetCells = DEFAULT_LIMITS.maxSheetCells
): Promise<RawWorkbook> {
  const limits = { ...DEFAULT_LIMITS, maxSheetCells };
  const directory = checkXlsxBytes(bytes, "book.xlsx", limits);
  return readRawXlsx(bytes, directory, "book.xlsx", ZLIB_UNPACKER, limits, parser);
}

/** The sentence a read is refused with. */
async function refusal(reading: Promise<unknown>): Promise<string> {
  try {
    await reading;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("the read was not refused");
}

describe("sheets parsed in worker threads", () => {
  test("a sheet read in a worker keeps its values, formats, hidden rows and merges", async () => {
    const bytes = workbook([
      { name: "Filler", xml: FILLER_XML },
      { name: "Ledger", xml: LEDGER_XML },
    ]);
    const inWorkers = await read(bytes, sourceWorkerParser());
    const ledger = inWorkers.sheets[1];
    expect([ledger.name, ledger.firstRow, ledger.firstColumn]).toEqual(["Ledger", 2, 1]);
    expect(ledger.cells).toEqual([
      ["C00001", 46_086, null],
      ["INV-1", { error: "#N/A" }, true],
      ["merged", null, null], // the 5 under the merge is not shown
    ]);
    expect(ledger.numberFormats?.[0]).toEqual(["General", "yyyy-mm-dd", "General"]);
    expect(ledger.hiddenRows).toEqual([2]);
    expect(ledger.merges).toEqual([{ top: 4, left: 1, bottom: 4, right: 2 }]);
    expect(inWorkers.sheets[0].cells.length).toBe(400);
    expect(inWorkers).toEqual(await read(bytes));
  });

  test("the first sheet that cannot be read is the one refused, whichever thread read it", async () => {
    // "Broken" is small (a worker reads it), "Also broken" is the largest (this thread reads it).
    const bytes = workbook([
      { name: "Broken", xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></row>`) },
      { name: "Also broken", xml: FILLER_XML.replace("</sheetData>", "<row></sheetData>") },
    ]);
    const message = await refusal(read(bytes, sourceWorkerParser()));
    expect(message).toContain('sheet "Broken"');
    expect(message).toBe(await refusal(read(bytes)));
  });

  test("a sheet past the cell budget read in a worker is left unread, as in one thread", async () => {
    const far = sheetXml(
      `<row r="1"><c r="A1"><v>1</v></c></row><row r="30"><c r="Z30"><v>2</v></c></row>`
    );
    const bytes = workbook([
      { name: "Filler", xml: FILLER_XML },
      { name: "Far", xml: far },
    ]);
    const inWorkers = await read(bytes, sourceWorkerParser(), 500);
    // A1:Z30 spans 26 × 30 = 780 cells, more than 500.
    expect(inWorkers.sheets[1].notRead).toEqual({
      range: "A1:Z30",
      cells: 780,
      limit: 500,
      declared: false,
    });
    expect(inWorkers).toEqual(await read(bytes, undefined, 500));
  });

  test("a reader thread that stops before answering is a refusal, not a wait", async () => {
    const bytes = workbook([
      { name: "Filler", xml: FILLER_XML },
      { name: "Ledger", xml: LEDGER_XML },
    ]);
    expect(await refusal(read(bytes, sourceWorkerParser({ entry: STOPPING_WORKER })))).toMatch(
      /A sheet reader thread stopped \(exit code 3\) before it answered/
    );
  });

  test("parts too large to hold at once, or no worker to spare, are parsed in this thread", async () => {
    const bytes = workbook([
      { name: "Filler", xml: FILLER_XML },
      { name: "Ledger", xml: LEDGER_XML },
    ]);
    const expected = await read(bytes);
    // A worker started with this script would stop the read: none is started.
    const overBound = sourceWorkerParser({ entry: STOPPING_WORKER, maxParallelBytes: 1_000 });
    expect(await read(bytes, overBound)).toEqual(expected);
    const noWorker = sourceWorkerParser({ entry: STOPPING_WORKER, maxWorkers: 0 });
    expect(await read(bytes, noWorker)).toEqual(expected);
  });

  test("a part that cannot be unpacked after a bad sheet: the bad sheet is the one refused", async () => {
    const entries = packageEntries({
      sheets: [
        { name: "Broken", xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></row>`) },
        { name: "Ledger", xml: LEDGER_XML },
      ],
    }).filter((entry) => entry.name !== "xl/worksheets/sheet2.xml");
    const bytes = buildZip(entries);
    const message = await refusal(read(bytes, sourceWorkerParser()));
    expect(message).toContain('sheet "Broken"');
    expect(message).toBe(await refusal(read(bytes)));
    // With the bad sheet mended, the missing part is what is refused, in both.
    const mended = buildZip(
      packageEntries({
        sheets: [
          { name: "Good", xml: FILLER_XML },
          { name: "Ledger", xml: LEDGER_XML },
        ],
      }).filter((entry) => entry.name !== "xl/worksheets/sheet2.xml")
    );
    const missing = await refusal(read(mended, sourceWorkerParser()));
    expect(missing).toContain('the part "xl/worksheets/sheet2.xml" is missing');
    expect(missing).toBe(await refusal(read(mended)));
  });
  test("a part stored without compression crosses to its worker alone, not with the whole file", async () => {
    // Stored parts are views of the file's bytes: a view posted as it is copies the whole file.
    const entries = packageEntries({
      sheets: [
        { name: "Filler", xml: FILLER_XML },
        { name: "Ledger", xml: LEDGER_XML },
      ],
      styles: STYLES,
    });
    const bytes = buildZip(entries.map((entry) => ({ ...entry, stored: true })));
    const ledgerBytes = new TextEncoder().encode(LEDGER_XML).length;
    expect(bytes.length).toBeGreaterThan(4 * ledgerBytes);
    const sizing = sourceWorkerParser({ entry: join(__dirname, "support/part-size-worker.ts") });
    // A Buffer, as the command reads a file: its views slice to views, not copies.
    expect(await refusal(read(Buffer.from(bytes), sizing))).toBe(
      `A sheet reader thread failed: received ${ledgerBytes} bytes`
    );
  });

  describe("a sheet repeating a long shared string", () => {
    // 40 cells of one 5,000-character shared string: 200,000 characters of text in a part of
    // about 1,000 bytes. Copied to the reader thread, each cell would carry its own 5,000.
    const longText = "x".repeat(5_000);
    const notesXml = sheetXml(
      Array.from({ length: 40 }, () => `<row><c t="s"><v>0</v></c></row>`).join("")
    );

    test("is left by the worker to the reader thread, not copied cell by cell", async () => {
      const setup: SheetPartSetup = {
        sharedStrings: [longText],
        formatCodes: [],
        formulaResultsSaved: true,
        maxCells: DEFAULT_LIMITS.maxSheetCells,
      };
      const worker = new Worker(SOURCE_WORKER_ENTRY, {
        workerData: setup,
        execArgv: ["--require", require.resolve("tsx/cjs")],
      });
      try {
        const answer = new Promise<SheetPartResponse>((resolve, reject) => {
          worker.once("message", resolve);
          worker.once("error", reject);
        });
        const bytes = new TextEncoder().encode(notesXml);
        expect(bytes.length).toBeLessThan(1_500);
        const request: SheetPartRequest = { index: 0, path: "xl/worksheets/sheet2.xml", bytes };
        worker.postMessage(request);
        expect(await answer).toEqual({ index: 0, parseInReader: true });
      } finally {
        await worker.terminate();
      }
    });

    test("reads the same as in one thread", async () => {
      const bytes = buildZip(
        packageEntries({
          sheets: [
            { name: "Filler", xml: FILLER_XML },
            { name: "Notes", xml: notesXml },
          ],
          sharedStrings: `<sst xmlns="${SPREADSHEET_NAMESPACE}"><si><t>${longText}</t></si></sst>`,
          styles: STYLES,
        })
      );
      const inWorkers = await read(bytes, sourceWorkerParser());
      expect(inWorkers.sheets[1].cells).toEqual(Array.from({ length: 40 }, () => [longText]));
      expect(inWorkers).toEqual(await read(bytes));
    });
  });
});
