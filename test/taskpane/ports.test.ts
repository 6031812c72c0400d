import { fromDocumentSettings, toDocumentSettings } from "../../src/taskpane/ports/excel-port";
import { withColumnChoice } from "../../src/taskpane/ports/pane-settings";
import {
  createFilePort,
  NoFileChosenError,
  type XlsxFileApi,
} from "../../src/taskpane/ports/file-port";
import { createMemorySettings } from "../../src/taskpane/ports/memory-settings";
import type { OutputPlan } from "../../src/workbook/plan";
import type { RawWorkbook } from "../../src/workbook/raw";
import { reviewedFileName } from "../../src/workbook/reviewed-file-name";

const RAW: RawWorkbook = {
  sheets: [{ name: "Customers", cells: [["Customer ID"]], firstRow: 1, firstColumn: 1 }],
  date1904: false,
};
const PLAN: OutputPlan = { columnBlocks: [], sheets: [], activate: null };

/** A stand-in for the spreadsheet library: the "book" is a list of applied plans. */
function fakeLibrary() {
  const calls = { loads: 0, opened: [] as number[] };
  const load = async (): Promise<XlsxFileApi<OutputPlan[]>> => {
    calls.loads += 1;
    return {
      open: async (bytes) => {
        calls.opened.push(bytes.byteLength);
        return { raw: RAW, book: [] };
      },
      apply: async (book, plan) => {
        book.push(plan);
      },
      write: async (book) => new Uint8Array([book.length]),
    };
  };
  return { calls, load };
}

describe("file port", () => {
  it("loads the spreadsheet library only when a file is first read, and only once", async () => {
    const library = fakeLibrary();
    const port = createFilePort(createMemorySettings(), library.load);
    expect(library.calls.loads).toBe(0);
    await expect(port.read(new AbortController().signal, () => undefined)).rejects.toBeInstanceOf(
      NoFileChosenError
    );
    expect(library.calls.loads).toBe(0);

    port.choose({ name: "book.xlsx", bytes: new ArrayBuffer(8) });
    await expect(port.read(new AbortController().signal, () => undefined)).resolves.toBe(RAW);
    await port.read(new AbortController().signal, () => undefined);
    expect(library.calls.loads).toBe(1);
    expect(library.calls.opened).toEqual([8, 8]);
  });

  it("offers the reviewed workbook only after a plan was applied, under a new name", async () => {
    const library = fakeLibrary();
    const port = createFilePort(createMemorySettings(), library.load);
    port.choose({ name: "Ledger 2026.xlsx", bytes: new ArrayBuffer(4) });
    await port.read(new AbortController().signal, () => undefined);
    expect(await port.reviewed()).toBeNull();
    await port.apply(PLAN, () => undefined);
    expect(await port.reviewed()).toEqual({
      name: "Ledger 2026.reviewed.xlsx",
      bytes: new Uint8Array([1]),
    });
    expect(["a.XLSX", "book", "x.xlsx.xlsx"].map(reviewedFileName)).toEqual([
      "a.reviewed.xlsx",
      "book.reviewed.xlsx",
      "x.xlsx.reviewed.xlsx",
    ]);
  });

  it("a read cancelled while the library loads gives an AbortError and keeps no workbook", async () => {
    const library = fakeLibrary();
    const port = createFilePort(createMemorySettings(), library.load);
    port.choose({ name: "b.xlsx", bytes: new ArrayBuffer(2) });
    const controller = new AbortController();
    const reading = port.read(controller.signal, () => undefined);
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    await expect(port.apply(PLAN, () => undefined)).rejects.toBeInstanceOf(NoFileChosenError);
  });
});

describe("Excel document settings", () => {
  it("keep the header a column was chosen under beside its number, and read it back", () => {
    const mapping = withColumnChoice(undefined, "receivables", "Ledger", "amount", 6, "Gross");
    const stored = toDocumentSettings({ columnMapping: mapping });
    expect(stored).toEqual({
      columnMapping: { receivables: { amount: 6 } },
      columnHeaders: { receivables: { amount: "Gross" } },
    });
    expect(fromDocumentSettings(stored)).toEqual({
      columnMapping: {
        receivables: { columns: { amount: 6 }, columnHeaders: { amount: "Gross" } },
      },
    });
    // A later choice made without a header must not keep the old one: it would point elsewhere.
    const rechosen = withColumnChoice(mapping, "receivables", "Ledger", "amount", 5);
    expect(toDocumentSettings({ columnMapping: rechosen })).toEqual({
      columnMapping: { receivables: { amount: 5 } },
    });
  });

  it("keep the user's columns per role in the flat form the document stores, and read them back", () => {
    const pane = {
      locale: "zh-TW",
      columnMapping: {
        customers: { sheet: "Customers", columns: { id: 3 } },
        receivables: { columns: { amount: 7 } },
      },
    };
    const stored = toDocumentSettings(pane);
    expect(stored).toEqual({
      locale: "zh-TW",
      columnMapping: { customers: { id: 3 }, receivables: { amount: 7 } },
    });
    expect(fromDocumentSettings(stored)).toEqual({
      locale: "zh-TW",
      columnMapping: { customers: { columns: { id: 3 } }, receivables: { columns: { amount: 7 } } },
    });
  });
});
