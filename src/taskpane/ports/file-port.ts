/**
 * The workbook port over an .xlsx file chosen in the browser. In the page it lives inside the
 * file-mode worker (`worker/review-worker-host.ts`), whose chunk alone carries the reader and
 * package writer (`loadApi`), so neither reaches the pane's first load or the Excel host. Each
 * review writes into a fresh copy of the chosen file's bytes, and `reviewed` hands back the
 * reviewed workbook as a new file.
 */
import type { OutputPlan } from "../../workbook/plan";
import type { RawWorkbook } from "../../workbook/raw";
import { reviewedFileName } from "../../workbook/reviewed-file-name";
import { abortError } from "../../workbook/cancelled";
import type { ProgressListener, SettingsPort, WorkbookPort } from "./workbook-port";

/** What the file mode needs from the code that reads and writes .xlsx files, whatever it is. */
export interface XlsxFileApi<Book> {
  /** `name` labels the file in refusals ("ledger.xlsx is damaged…"). */
  open(bytes: ArrayBuffer, name: string): Promise<{ raw: RawWorkbook; book: Book }>;
  apply(book: Book, plan: OutputPlan): Promise<void>;
  write(book: Book): Promise<Uint8Array>;
}

export interface ChosenFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface ReviewedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FilePort extends WorkbookPort {
  choose(file: ChosenFile): void;
  chosenName(): string | null;
  /** The reviewed workbook, once a plan has been applied; null before that. */
  reviewed(): Promise<ReviewedFile | null>;
}

/** Thrown when Run is pressed before a file is chosen; the pane words it by its code. */
export class NoFileChosenError extends Error {
  readonly code = "NO_FILE";
  constructor() {
    super("Choose an .xlsx file first.");
    this.name = "NoFileChosenError";
  }
}

export function createFilePort<Book>(
  settings: SettingsPort,
  loadApi: () => Promise<XlsxFileApi<Book>>
): FilePort {
  let chosen: ChosenFile | null = null;
  let opened: { book: Book; source: ChosenFile } | null = null;
  let appliedBook: Book | null = null;
  let api: Promise<XlsxFileApi<Book>> | null = null;
  const libraryApi = () => (api ??= loadApi());

  return {
    settings,
    choose(file) {
      chosen = file;
      opened = null;
      appliedBook = null;
    },
    chosenName: () => chosen?.name ?? null,
    async read(signal: AbortSignal, onProgress: ProgressListener): Promise<RawWorkbook> {
      const source = chosen;
      if (!source) throw new NoFileChosenError();
      onProgress({ phase: "read", done: 0, total: 1 });
      const library = await libraryApi();
      if (signal.aborted) throw abortError();
      // A copy: the reader may detach or change the buffer, and the chosen file must stay as chosen.
      const { raw, book } = await library.open(source.bytes.slice(0), source.name);
      if (signal.aborted) throw abortError();
      opened = { book, source };
      appliedBook = null;
      onProgress({ phase: "read", done: 1, total: 1 });
      return raw;
    },
    async apply(plan: OutputPlan, onProgress: ProgressListener): Promise<void> {
      if (!opened) throw new NoFileChosenError();
      onProgress({ phase: "apply", done: 0, total: 1 });
      const library = await libraryApi();
      await library.apply(opened.book, plan);
      appliedBook = opened.book;
      onProgress({ phase: "apply", done: 1, total: 1 });
    },
    async reviewed(): Promise<ReviewedFile | null> {
      if (!appliedBook || !opened) return null;
      const library = await libraryApi();
      return {
        name: reviewedFileName(opened.source.name),
        bytes: await library.write(appliedBook),
      };
    },
  };
}
