/**
 * A hand-written fake of the slice of the Excel JavaScript API the adapter uses, that records
 * every round trip: how many `context.sync()` calls, and how many bytes each carried (the JSON
 * of the values and formats written plus the JSON of everything loaded).
 *
 * It behaves like Office where that matters to the adapter:
 * - nothing happens until `sync()`; queued calls then run in order, and an error stops the rest;
 * - reading a property that was not loaded and synced throws (Office throws PropertyNotLoaded);
 * - `getItem` of a missing sheet fails the sync with code "ItemNotFound";
 * - a request over the host's limit (5 MB) is refused whole ("RequestPayloadSizeLimitExceeded");
 * - while the user edits a cell, every sync fails with "InvalidOperationInCellEditMode";
 * - strings written through `values` are parsed like typed input: "=..." becomes a formula,
 *   "00123" the number 123, unless a leading apostrophe marks them as text; in a cell formatted
 *   as Text ("@") the string is kept as written, so an apostrophe there stays visible;
 * - a context made with `mergeUndoGroup` refuses what Excel cannot undo (sheet names and
 *   visibility) with "UndoNotSupported"; outside a group such a change clears the undo stack;
 * - a context made with `delayForCellEdit` waits for the cell edit to end instead of failing;
 * - a protected sheet refuses writes and a protected workbook refuses sheets added, renamed or
 *   hidden ("AccessDenied");
 * - values written into the column right of an Excel Table widen the Table over them, and a
 *   cleared Table header cell gets Excel's "ColumnN" name;
 * - a chart made from a range has one series per column (seriesBy "Columns") or per row.
 */

export type FakeValue = string | number | boolean;

export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface SyncRecord {
  /** Bytes of the request (values and formats written) plus the response (values loaded). */
  bytes: number;
  writeBytes: number;
  loadBytes: number;
  /** Calls that change the workbook, and loads. */
  writes: number;
  loads: number;
  failed: string | null;
}

export interface FakeConditionalFormat {
  address: string;
  type: string;
  settings: Record<string, unknown>;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  /** Series Excel made from the source range: one per column or per row, as `seriesBy` says. */
  seriesCount: number;
  settings: Record<string, unknown>;
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

export function letters(column: number): string {
  let text = "";
  let rest = column;
  while (rest > 0) {
    text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
    rest = Math.floor((rest - 1) / 26);
  }
  return text;
}

function columnOf(text: string): number {
  let column = 0;
  for (const char of text.toUpperCase()) column = column * 26 + char.charCodeAt(0) - 64;
  return column;
}

/** "B2:D9", "B2", "B:D", "3:5" → box (no sheet name). */
export function boxOf(address: string): CellBox {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = local.replace(/\$/g, "").split(":");
  const corner = (text: string): { row: number | null; column: number | null } => {
    const match = /^([A-Z]*)(\d*)$/i.exec(text);
    if (!match || (match[1] === "" && match[2] === ""))
      throw new Error(`fake: bad address ${address}`);
    return {
      row: match[2] ? Number(match[2]) : null,
      column: match[1] ? columnOf(match[1]) : null,
    };
  };
  const start = corner(a);
  const end = corner(b);
  return {
    top: start.row ?? 1,
    left: start.column ?? 1,
    bottom: end.row ?? MAX_ROW,
    right: end.column ?? MAX_COLUMN,
  };
}

export function a1(box: CellBox): string {
  const start = `${letters(box.left)}${box.top}`;
  const end = `${letters(box.right)}${box.bottom}`;
  return start === end ? start : `${start}:${end}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function intersect(a: CellBox, b: CellBox): CellBox | null {
  const box = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

/**
 * The first cell a write would put a value into that a merge hides (not its top-left one):
 * Excel would keep only the top-left value, so a write there loses data.
 */
function hiddenByMerge(sheet: SheetState, box: CellBox, values: FakeValue[][]): string | null {
  for (const merge of sheet.merges) {
    if (!intersect(merge, box)) continue;
    for (let row = merge.top; row <= merge.bottom; row++)
      for (let column = merge.left; column <= merge.right; column++) {
        if (row === merge.top && column === merge.left) continue;
        const value = values[row - box.top]?.[column - box.left];
        if (value !== undefined && value !== null && value !== "")
          return a1({ top: row, left: column, bottom: row, right: column });
      }
  }
  return null;
}

/** One worksheet of the fake host. */
export class SheetState {
  visibility = "Visible";
  /** Sheet protection (Review › Protect Sheet): every write is refused. */
  protected = false;
  /** Row-major, 0-based; undefined or "" is empty. */
  values: (FakeValue | undefined)[][] = [];
  formats: (string | undefined)[][] = [];
  /** Cells that hold an error value, as "formula" or "constant". */
  errors = new Map<string, "formula" | "constant">();
  /** Cells holding a formula (only ever created by writing unmarked "=..." text). */
  formulas = new Set<string>();
  hiddenRows = new Set<number>();
  /** Every box whose values (or number formats) a request loaded, in order. */
  cellReads: CellBox[] = [];
  merges: CellBox[] = [];
  tables: { name: string; box: CellBox; showHeaders: boolean }[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  charts: FakeChart[] = [];
  boldRows = new Set<number>();
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  /** Cells set to wrap text, as "row:column". */
  wrappedCells = new Set<string>();
  /** Row heights in points set by the add-in, and rows Excel was asked to fit. */
  rowHeights = new Map<number, number>();
  autofitRows = new Set<number>();
  pageLayout: {
    orientation?: string;
    zoom?: Record<string, unknown>;
    printTitleRows?: string;
  } = {};
  /** Rows a manual page break sits above, in the order they were added. */
  pageBreaksBefore: number[] = [];
  selectionHandlers: ((event: { address: string; worksheetId: string }) => Promise<unknown>)[] = [];

  constructor(public name: string) {}

  cell(row: number, column: number): FakeValue | undefined {
    return this.values[row - 1]?.[column - 1];
  }

  format(row: number, column: number): string {
    return this.formats[row - 1]?.[column - 1] ?? "General";
  }

  setCell(row: number, column: number, value: FakeValue | undefined): void {
    (this.values[row - 1] ??= [])[column - 1] = value;
  }

  setFormat(row: number, column: number, format: string | undefined): void {
    (this.formats[row - 1] ??= [])[column - 1] = format;
  }

  /** Rows of values from (top, left), as a test sets up a sheet. */
  put(top: number, left: number, rows: FakeValue[][], formats?: string[]): this {
    rows.forEach((line, r) =>
      line.forEach((value, c) => {
        this.setCell(top + r, left + c, value);
        if (formats?.[c]) this.setFormat(top + r, left + c, formats[c]);
      })
    );
    return this;
  }

  putError(
    row: number,
    column: number,
    error: string,
    kind: "formula" | "constant" = "formula"
  ): this {
    this.setCell(row, column, error);
    this.errors.set(`${row}:${column}`, kind);
    return this;
  }

  /** The bounding box of the cells holding a value (Excel's values-only used range). */
  usedBox(): CellBox | null {
    let top = 0;
    let bottom = 0;
    let left = Infinity;
    let right = 0;
    this.values.forEach((line, r) => {
      if (!line) return;
      line.forEach((value, c) => {
        if (value === undefined || value === "") return;
        if (top === 0) top = r + 1;
        bottom = r + 1;
        left = Math.min(left, c + 1);
        right = Math.max(right, c + 1);
      });
    });
    return top === 0 ? null : { top, left, bottom, right };
  }

  /** Values of a box as Office returns them ("" for empty). */
  read(box: CellBox): FakeValue[][] {
    const rows: FakeValue[][] = [];
    for (let row = box.top; row <= box.bottom; row++) {
      const line: FakeValue[] = new Array(box.right - box.left + 1);
      const source = this.values[row - 1];
      for (let column = box.left; column <= box.right; column++)
        line[column - box.left] = source?.[column - 1] ?? "";
      rows.push(line);
    }
    return rows;
  }

  readFormats(box: CellBox): string[][] {
    const rows: string[][] = [];
    for (let row = box.top; row <= box.bottom; row++) {
      const line: string[] = new Array(box.right - box.left + 1);
      const source = this.formats[row - 1];
      for (let column = box.left; column <= box.right; column++)
        line[column - box.left] = source?.[column - 1] ?? "General";
      rows.push(line);
    }
    return rows;
  }

  /** Contents and formats of a box (what `Range.clear("All")` removes). */
  clear(box: CellBox): void {
    const lastRow = Math.min(box.bottom, Math.max(this.values.length, this.formats.length));
    for (let row = box.top; row <= lastRow; row++) {
      for (const grid of [this.values, this.formats] as (unknown[] | undefined)[][]) {
        const line = grid[row - 1];
        if (!line) continue;
        for (let column = box.left; column <= Math.min(box.right, line.length); column++)
          line[column - 1] = undefined;
      }
    }
    const inside = (key: string): boolean => {
      const [row, column] = key.split(":").map(Number);
      return row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
    };
    for (const key of [...this.errors.keys()]) if (inside(key)) this.errors.delete(key);
    for (const key of [...this.formulas]) if (inside(key)) this.formulas.delete(key);
    if (box.left === 1 && box.right === MAX_COLUMN) {
      for (const row of [...this.boldRows])
        if (row >= box.top && row <= box.bottom) this.boldRows.delete(row);
    }
  }
}

/** Excel's parsing of typed text, as far as the adapter's tests need it. */
function typedInput(sheet: SheetState, row: number, column: number, value: FakeValue): void {
  const key = `${row}:${column}`;
  sheet.formulas.delete(key);
  sheet.errors.delete(key);
  if (typeof value !== "string") return sheet.setCell(row, column, value);
  // A Text-formatted cell takes the string as it is: nothing is parsed, nothing is stripped.
  if (sheet.format(row, column) === "@") return sheet.setCell(row, column, value);
  if (value.startsWith("'")) return sheet.setCell(row, column, value.slice(1));
  if (/^[=+\-@]/.test(value) && value.length > 1) {
    sheet.formulas.add(key);
    return sheet.setCell(row, column, value);
  }
  if (/^-?\d+(\.\d+)?$/.test(value.trim())) return sheet.setCell(row, column, Number(value));
  if (/^\d{1,2}-\d{1,2}$/.test(value.trim())) {
    // Excel reads "1-30" as 30 January of this year: a date serial.
    return sheet.setCell(row, column, 46000 + Number(value.split("-")[1]));
  }
  sheet.setCell(row, column, value);
}

/** The slice of `Excel.RunOptions` the fake models. */
export interface FakeRunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}

interface Action {
  kind: "write" | "load";
  bytes: number;
  run: () => number;
}

/** The host: the workbook's state and the record of every round trip. */
export class FakeExcel {
  sheets: SheetState[] = [];
  culture = "en-US";
  date1904 = false;
  cellEditMode = false;
  /** The host's hard limit; our budget is 4 MB, Excel on the web refuses past 5 MB. */
  hardLimitBytes = 5_000_000;
  syncs: SyncRecord[] = [];
  calculationSuspended = 0;
  activeSheet: string | null = null;
  /** Called before each sync runs, with its 1-based number (to change the workbook mid-run). */
  beforeSync: ((syncNumber: number) => void) | null = null;
  /** Workbook structure protection (Review › Protect Workbook). */
  workbookProtected = false;
  /** Set when a change Excel cannot undo ran outside an undo group: the user's undo stack is gone. */
  undoStackCleared = false;
  /** Syncs that waited for the user to leave cell-edit mode (run with `delayForCellEdit`). */
  delayedForCellEdit = 0;
  /** The options of every `run`, in order. */
  runs: FakeRunOptions[] = [];
  /** Write calls that reached the workbook (a refused review must leave this at 0). */
  writesDone = 0;

  addSheet(name: string): SheetState {
    const sheet = new SheetState(name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetState {
    const found = this.findSheet(name);
    if (!found) throw new Error(`fake: no sheet ${name}`);
    return found;
  }

  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  deleteSheet(name: string): void {
    this.sheets = this.sheets.filter((sheet) => sheet !== this.findSheet(name));
  }

  context(options: FakeRunOptions = {}): FakeContext {
    return new FakeContext(this, options);
  }

  /** `Excel.run(options, batch)` on this host. */
  run<T>(options: FakeRunOptions, batch: (context: FakeContext) => Promise<T>): Promise<T> {
    this.runs.push({ ...options });
    return batch(this.context(options));
  }

  get roundTrips(): number {
    return this.syncs.length;
  }

  get writeRoundTrips(): number {
    return this.syncs.filter((sync) => sync.writes > 0).length;
  }

  get largestRequest(): number {
    return Math.max(0, ...this.syncs.map((sync) => sync.bytes));
  }

  /** Fires the selection handlers of a sheet, as Excel does when the user selects cells. */
  async select(sheetName: string, address: string): Promise<void> {
    for (const handler of this.sheet(sheetName).selectionHandlers)
      await handler({ address, worksheetId: sheetName });
  }
}

function notLoaded(owner: string, property: string): never {
  throw new Error(`PropertyNotLoaded: ${owner}.${property} was read before load() and sync()`);
}

/** Base of every proxy: loaded properties, readable only after load + sync. */
class ProxyBase {
  protected loaded = new Map<string, unknown>();
  protected synced = false;
  constructor(
    readonly context: FakeContext,
    protected readonly typeName: string
  ) {}

  protected loadedValue<T>(property: string): T {
    if (!this.loaded.has(property)) notLoaded(this.typeName, property);
    return this.loaded.get(property) as T;
  }

  protected queueLoad(properties: string[], resolve: () => Record<string, unknown>): void {
    this.context.queue({
      kind: "load",
      bytes: 0,
      run: () => {
        const values = resolve();
        let bytes = 0;
        for (const property of properties) {
          this.loaded.set(property, values[property]);
          bytes += bytesOf(values[property]);
        }
        this.synced = true;
        return bytes;
      },
    });
  }

  protected queueWrite(bytes: number, run: () => void): void {
    this.context.queue({ kind: "write", bytes, run: () => (run(), 0) });
  }

  /** A change Excel cannot undo: refused inside an undo group, else it clears the undo stack. */
  protected queueUndoableOnlyAlone(bytes: number, run: () => void): void {
    this.queueWrite(bytes, () => {
      if (this.context.options.mergeUndoGroup)
        throw new FakeOfficeError("UndoNotSupported", "The operation cannot be undone.");
      run();
      this.context.host.undoStackCleared = true;
    });
  }
}

function refuseIfProtected(sheet: SheetState): void {
  if (sheet.protected)
    throw new FakeOfficeError("AccessDenied", `The sheet ${sheet.name} is protected.`);
}

function refuseIfStructureProtected(host: FakeExcel): void {
  if (host.workbookProtected)
    throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected.");
}

function propertyList(argument: unknown): string[] {
  if (argument === undefined) return [];
  if (typeof argument === "string")
    return argument
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
  if (Array.isArray(argument)) return argument.map(String);
  return Object.keys(argument as object);
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private pending: Action[] = [];

  constructor(
    readonly host: FakeExcel,
    readonly options: FakeRunOptions = {}
  ) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  queue(action: Action): void {
    this.pending.push(action);
  }

  async sync(): Promise<void> {
    const actions = this.pending;
    this.pending = [];
    const writeBytes = actions.reduce((sum, action) => sum + action.bytes, 0);
    const record: SyncRecord = {
      bytes: writeBytes,
      writeBytes,
      loadBytes: 0,
      writes: actions.filter((action) => action.kind === "write").length,
      loads: actions.filter((action) => action.kind === "load").length,
      failed: null,
    };
    this.host.syncs.push(record);
    this.host.beforeSync?.(this.host.syncs.length);
    const fail = (code: string, message: string): never => {
      record.failed = code;
      throw new FakeOfficeError(code, message);
    };
    if (this.host.cellEditMode) {
      if (!this.options.delayForCellEdit)
        fail("InvalidOperationInCellEditMode", "The workbook is in cell-edit mode.");
      // The batch waits until the user leaves the cell, then runs.
      this.host.delayedForCellEdit += 1;
    }
    if (writeBytes > this.host.hardLimitBytes)
      fail("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    for (const action of actions) {
      try {
        record.loadBytes += action.run();
        if (action.kind === "write") this.host.writesDone += 1;
      } catch (error) {
        if (error instanceof FakeOfficeError) fail(error.code, error.message);
        throw error;
      }
    }
    record.bytes = record.writeBytes + record.loadBytes;
    if (record.bytes > this.host.hardLimitBytes)
      fail("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
  }
}

class FakeApplication extends ProxyBase {
  readonly cultureInfo: FakeCultureInfo;
  constructor(context: FakeContext) {
    super(context, "Application");
    this.cultureInfo = new FakeCultureInfo(context);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.queueWrite(0, () => (this.context.host.calculationSuspended += 1));
  }
}

class FakeCultureInfo extends ProxyBase {
  constructor(context: FakeContext) {
    super(context, "CultureInfo");
  }
  load(properties?: unknown): this {
    this.queueLoad(propertyList(properties), () => ({ name: this.context.host.culture }));
    return this;
  }
  get name(): string {
    return this.loadedValue("name");
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly functions: FakeFunctions;
  readonly protection: FakeProtection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.functions = new FakeFunctions(context);
    this.protection = new FakeProtection(context, () => context.host.workbookProtected);
  }
}

/** `WorkbookProtection` or `WorksheetProtection`: only `protected` is modelled. */
class FakeProtection extends ProxyBase {
  constructor(
    context: FakeContext,
    private readonly isProtected: () => boolean | null
  ) {
    super(context, "Protection");
  }
  load(properties?: unknown): this {
    this.context.queue({
      kind: "load",
      bytes: 0,
      run: () => {
        const value = this.isProtected();
        this.loaded.set("isNullObject", value === null);
        if (value !== null && propertyList(properties).includes("protected"))
          this.loaded.set("protected", value);
        return 8;
      },
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

class FakeFunctions {
  constructor(private readonly context: FakeContext) {}
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.context, () => {
      const serial = Math.round(
        (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000
      );
      return this.context.host.date1904 ? serial - 1462 : serial;
    });
  }
}

class FakeFunctionResult extends ProxyBase {
  constructor(
    context: FakeContext,
    private readonly compute: () => number
  ) {
    super(context, "FunctionResult");
  }
  load(properties?: unknown): this {
    this.queueLoad(propertyList(properties), () => ({ value: this.compute() }));
    return this;
  }
  get value(): number {
    return this.loadedValue<number>("value");
  }
}

class FakeWorksheetCollection extends ProxyBase {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(context: FakeContext) {
    super(context, "WorksheetCollection");
  }

  load(argument?: unknown): this {
    const withCharts = typeof argument === "object" && argument !== null && "charts" in argument;
    this.context.queue({
      kind: "load",
      bytes: 0,
      run: () => {
        const host = this.context.host;
        this.loadedItems = host.sheets.map((state) => {
          const sheet = new FakeWorksheet(this.context, () => state);
          sheet.markLoaded(state, withCharts);
          return sheet;
        });
        return bytesOf(
          host.sheets.map((state) => ({
            name: state.name,
            charts: withCharts ? state.charts.map((c) => c.name) : undefined,
          }))
        );
      },
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) notLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.host.findSheet(name);
      if (!sheet)
        throw new FakeOfficeError(
          "ItemNotFound",
          `The requested resource doesn't exist: worksheet ${name}`
        );
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.findSheet(name) ?? null);
  }

  add(name: string): FakeWorksheet {
    let created: SheetState | null = null;
    this.queueWrite(bytesOf(name), () => {
      refuseIfStructureProtected(this.context.host);
      if (this.context.host.findSheet(name))
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists`);
      created = this.context.host.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => created);
  }
}

type SheetResolver = () => SheetState | null;

class FakeWorksheet extends ProxyBase {
  private bound: SheetState | null = null;
  readonly protection: FakeProtection;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: {
    freezeRows: (rows: number) => void;
    unfreeze: () => void;
    getLocationOrNullObject: () => FakeFreezeLocation;
  };
  readonly pageLayout: Record<string, unknown> & { setPrintTitleRows: (rows: string) => void };
  readonly horizontalPageBreaks: { add: (cell: string) => void; removePageBreaks: () => void };
  readonly onSelectionChanged: {
    add: (
      handler: (event: { address: string; worksheetId: string }) => Promise<unknown>
    ) => FakeRegistration;
  };

  constructor(
    context: FakeContext,
    private readonly resolver: SheetResolver
  ) {
    super(context, "Worksheet");
    // A missing sheet's protection is a null object, as Office propagates null objects.
    this.protection = new FakeProtection(context, () => this.resolver()?.protected ?? null);
    this.tables = new FakeTableCollection(context, () => this.state());
    this.charts = new FakeChartCollection(context, () => this.state());
    this.freezePanes = {
      freezeRows: (rows: number) => this.queueWrite(8, () => (this.state().frozenRows = rows)),
      unfreeze: () => this.queueWrite(8, () => (this.state().frozenRows = 0)),
      getLocationOrNullObject: () =>
        new FakeFreezeLocation(context, () => {
          // A missing sheet's panes are a null object too, as Office propagates null objects.
          const sheet = this.resolver();
          return sheet && sheet.frozenRows > 0 ? `1:${sheet.frozenRows}` : null;
        }),
    };
    const worksheet = this;
    this.horizontalPageBreaks = {
      add: (cell: string) =>
        worksheet.queueWrite(bytesOf(cell), () => {
          const row = Number(cell.replace(/^[A-Z]+/, ""));
          if (!Number.isInteger(row) || row < 1) throw new Error(`fake: page break at ${cell}`);
          worksheet.state().pageBreaksBefore.push(row);
        }),
      removePageBreaks: () =>
        worksheet.queueWrite(0, () => (worksheet.state().pageBreaksBefore = [])),
    };
    this.pageLayout = new Proxy(
      {
        setPrintTitleRows: (rows: string) =>
          worksheet.queueWrite(
            bytesOf(rows),
            () => (worksheet.state().pageLayout.printTitleRows = rows)
          ),
      } as Record<string, unknown> & { setPrintTitleRows: (rows: string) => void },
      {
        set: (_target, key: string, value: unknown) => {
          if (key !== "orientation" && key !== "zoom")
            throw new Error(`fake: pageLayout.${key} is not modelled`);
          worksheet.queueWrite(bytesOf(value), () => {
            const layout = worksheet.state().pageLayout;
            if (key === "orientation") layout.orientation = String(value);
            else layout.zoom = value as Record<string, unknown>;
          });
          return true;
        },
      }
    );
    this.onSelectionChanged = {
      add: (handler) => {
        const registration = new FakeRegistration(context, () => {
          const handlers = this.state().selectionHandlers;
          handlers.splice(handlers.indexOf(handler), 1);
        });
        this.queueWrite(0, () => this.state().selectionHandlers.push(handler));
        return registration;
      },
    };
  }

  /** The sheet this proxy stands for; resolved (and bound) when a queued call first runs. */
  state(): SheetState {
    if (!this.bound) {
      const found = this.resolver();
      if (!found)
        throw new FakeOfficeError("ItemNotFound", "The requested worksheet doesn't exist.");
      this.bound = found;
    }
    return this.bound;
  }

  markLoaded(state: SheetState, withCharts: boolean): void {
    this.bound = state;
    this.loaded.set("name", state.name);
    this.loaded.set("visibility", state.visibility);
    this.synced = true;
    if (withCharts) this.charts.markLoaded(state);
  }

  load(properties?: unknown): this {
    this.context.queue({
      kind: "load",
      bytes: 0,
      run: () => {
        const sheet = this.resolver();
        this.loaded.set("isNullObject", sheet === null);
        if (sheet) {
          this.bound = sheet;
          for (const property of propertyList(properties))
            this.loaded.set(property, (sheet as unknown as Record<string, unknown>)[property]);
        }
        return bytesOf(sheet?.name ?? null);
      },
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }

  get name(): string {
    return this.loadedValue("name");
  }

  set name(name: string) {
    this.queueUndoableOnlyAlone(bytesOf(name), () => {
      refuseIfStructureProtected(this.context.host);
      this.state().name = name;
    });
  }

  get visibility(): string {
    return this.loadedValue("visibility");
  }

  set visibility(visibility: string) {
    this.queueUndoableOnlyAlone(bytesOf(visibility), () => {
      refuseIfStructureProtected(this.context.host);
      this.state().visibility = visibility;
    });
  }

  activate(): void {
    // Showing a sheet changes nothing in it: allowed on a protected one.
    super.queueWrite(0, () => (this.context.host.activeSheet = this.state().name));
  }

  /** Every change to the sheet itself (panes, page layout) is refused while it is protected. */
  protected override queueWrite(bytes: number, run: () => void): void {
    super.queueWrite(bytes, () => {
      refuseIfProtected(this.state());
      run();
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const box =
        address === undefined
          ? { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COLUMN }
          : boxOf(address);
      return { sheet: this.state(), box };
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.context, () => {
      // A range of a null-object sheet is a null object too, as Office propagates null objects.
      const sheet = this.bound ?? this.resolver();
      if (!sheet) return null;
      return {
        sheet,
        box: { top: row + 1, left: column + 1, bottom: row + rows, right: column + columns },
      };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error("fake: only values-only used ranges are modelled");
    return new FakeRange(this.context, () => {
      const sheet = this.state();
      const box = sheet.usedBox();
      return box ? { sheet, box } : null;
    });
  }
}

/** The frozen panes' range, or a null object when the sheet has none. */
class FakeFreezeLocation extends ProxyBase {
  constructor(
    context: FakeContext,
    private readonly locate: () => string | null
  ) {
    super(context, "Range");
  }
  load(properties?: unknown): this {
    this.context.queue({
      kind: "load",
      bytes: 0,
      run: () => {
        const address = this.locate();
        this.loaded.set("isNullObject", address === null);
        if (address !== null && propertyList(properties).includes("address"))
          this.loaded.set("address", address);
        return bytesOf(address);
      },
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }
}

class FakeRegistration {
  constructor(
    readonly context: FakeContext,
    private readonly onRemove: () => void
  ) {}
  remove(): void {
    this.context.queue({ kind: "write", bytes: 0, run: () => (this.onRemove(), 0) });
  }
}

class FakeTableCollection extends ProxyBase {
  private loadedItems: FakeTable[] | null = null;
  constructor(
    context: FakeContext,
    private readonly sheet: () => SheetState
  ) {
    super(context, "TableCollection");
  }
  load(): this {
    this.context.queue({
      kind: "load",
      bytes: 0,
      run: () => {
        const tables = this.sheet().tables;
        this.loadedItems = tables.map(
          (table) => new FakeTable(this.context, this.sheet, table.name, table.showHeaders)
        );
        return bytesOf(tables.map((table) => [table.name, table.showHeaders]));
      },
    });
    return this;
  }
  get items(): FakeTable[] {
    if (!this.loadedItems) notLoaded(this.typeName, "items");
    return this.loadedItems;
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.context, this.sheet, name, true);
  }
}

class FakeTable {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => SheetState,
    readonly name: string,
    readonly showHeaders: boolean
  ) {}
  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.sheet();
      const table = sheet.tables.find((candidate) => candidate.name === this.name);
      if (!table) throw new FakeOfficeError("ItemNotFound", `No table ${this.name}`);
      return { sheet, box: table.box };
    });
  }
}

class FakeChartCollection extends ProxyBase {
  private loadedItems: { name: string }[] | null = null;
  constructor(
    context: FakeContext,
    private readonly sheet: () => SheetState
  ) {
    super(context, "ChartCollection");
  }
  markLoaded(state: SheetState): void {
    this.loadedItems = state.charts.map((chart) => ({ name: chart.name }));
  }
  get items(): { name: string }[] {
    if (!this.loadedItems) notLoaded(this.typeName, "items");
    return this.loadedItems;
  }
  add(type: string, source: FakeRange, seriesBy: string): FakeChartProxy {
    const proxy = new FakeChartProxy(this.context);
    this.queueWrite(bytesOf([type, seriesBy]), () => {
      const sheet = this.sheet();
      refuseIfProtected(sheet);
      const box = source.resolveBox();
      if (seriesBy !== "Columns" && seriesBy !== "Rows")
        throw new Error(`fake: chart seriesBy ${seriesBy} is not modelled`);
      const chart: FakeChart = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: a1(box),
        seriesBy,
        seriesCount: seriesBy === "Columns" ? box.right - box.left + 1 : box.bottom - box.top + 1,
        settings: {},
      };
      sheet.charts.push(chart);
      proxy.chart = chart;
    });
    return proxy;
  }
  getItem(name: string): { delete: () => void } {
    return {
      delete: () =>
        this.queueWrite(bytesOf(name), () => {
          const sheet = this.sheet();
          refuseIfProtected(sheet);
          const index = sheet.charts.findIndex((chart) => chart.name === name);
          if (index < 0) throw new FakeOfficeError("ItemNotFound", `No chart ${name}`);
          sheet.charts.splice(index, 1);
        }),
    };
  }
}

/** Records every property set below it into one settings object (charts, conditional formats). */
function settingsRecorder(
  context: FakeContext,
  settings: () => Record<string, unknown>,
  path: string
): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get: (_target, key: string) =>
      settingsRecorder(context, settings, path ? `${path}.${key}` : key),
    set: (_target, key: string, value: unknown) => {
      context.queue({
        kind: "write",
        bytes: bytesOf(value),
        run: () => ((settings()[path ? `${path}.${key}` : key] = value), 0),
      });
      return true;
    },
  });
}

class FakeChartProxy {
  chart: FakeChart | null = null;
  readonly title: Record<string, unknown>;
  readonly series: { getItemAt: (index: number) => Record<string, unknown> };
  constructor(private readonly context: FakeContext) {
    const settings = (): Record<string, unknown> => (this.chart as FakeChart).settings;
    this.title = settingsRecorder(context, settings, "title");
    this.series = {
      getItemAt: (index: number) => {
        const recorder = settingsRecorder(context, settings, `series${index}`);
        return new Proxy(recorder, {
          get: (target, key: string) =>
            key === "setXAxisValues"
              ? (range: FakeRange) =>
                  context.queue({
                    kind: "write",
                    bytes: 0,
                    run: () => ((settings()[`series${index}.xValues`] = a1(range.resolveBox())), 0),
                  })
              : Reflect.get(target, key),
        });
      },
    };
  }
  setPosition(anchor: string): void {
    this.context.queue({
      kind: "write",
      bytes: bytesOf(anchor),
      run: () => (((this.chart as FakeChart).settings.anchor = anchor), 0),
    });
  }
  set width(points: number) {
    this.context.queue({
      kind: "write",
      bytes: 8,
      run: () => (((this.chart as FakeChart).settings.width = points), 0),
    });
  }
  set height(points: number) {
    this.context.queue({
      kind: "write",
      bytes: 8,
      run: () => (((this.chart as FakeChart).settings.height = points), 0),
    });
  }
}

interface Resolved {
  sheet: SheetState;
  box: CellBox;
}

type RangeResolver = () => Resolved | null;

class FakeRange extends ProxyBase {
  private resolved: Resolved | null | undefined = undefined;
  readonly format: {
    font: Record<string, unknown>;
    columnWidth: number;
    wrapText: boolean;
    rowHeight: number;
    autofitRows: () => void;
  };
  readonly conditionalFormats: {
    add: (type: string) => Record<string, unknown>;
    clearAll: () => void;
  };

  constructor(
    context: FakeContext,
    private readonly resolver: RangeResolver
  ) {
    super(context, "Range");
    const range = this;
    this.format = {
      font: new Proxy({} as Record<string, unknown>, {
        set: (_target, key: string, value: unknown) => {
          range.queueWrite(bytesOf(value), () => {
            const { sheet, box } = range.resolveOrThrow();
            if (key === "bold" && value === true && box.left === 1 && box.right === MAX_COLUMN) {
              for (let row = box.top; row <= box.bottom; row++) sheet.boldRows.add(row);
            }
          });
          return true;
        },
      }),
      set columnWidth(points: number) {
        range.queueWrite(8, () => {
          const { sheet, box } = range.resolveOrThrow();
          for (let column = box.left; column <= box.right; column++)
            sheet.columnWidths.set(column, points);
        });
      },
      get columnWidth(): number {
        return notLoaded("RangeFormat", "columnWidth");
      },
      set wrapText(wrap: boolean) {
        range.queueWrite(8, () => {
          const { sheet, box } = range.resolveOrThrow();
          for (let row = box.top; row <= box.bottom; row++)
            for (let column = box.left; column <= box.right; column++) {
              if (wrap) sheet.wrappedCells.add(`${row}:${column}`);
              else sheet.wrappedCells.delete(`${row}:${column}`);
            }
        });
      },
      get wrapText(): boolean {
        return notLoaded("RangeFormat", "wrapText");
      },
      set rowHeight(points: number) {
        range.queueWrite(8, () => {
          const { sheet, box } = range.resolveOrThrow();
          for (let row = box.top; row <= box.bottom; row++) sheet.rowHeights.set(row, points);
        });
      },
      get rowHeight(): number {
        return notLoaded("RangeFormat", "rowHeight");
      },
      autofitRows: () => {
        range.queueWrite(0, () => {
          const { sheet, box } = range.resolveOrThrow();
          for (let row = box.top; row <= box.bottom; row++) sheet.autofitRows.add(row);
        });
      },
    };
    this.conditionalFormats = {
      add: (type: string) => {
        let entry: FakeConditionalFormat | null = null;
        range.queueWrite(bytesOf(type), () => {
          const { sheet, box } = range.resolveOrThrow();
          entry = { address: a1(box), type, settings: {} };
          sheet.conditionalFormats.push(entry);
        });
        return settingsRecorder(context, () => (entry as FakeConditionalFormat).settings, "");
      },
      clearAll: () =>
        range.queueWrite(0, () => {
          const { sheet, box } = range.resolveOrThrow();
          sheet.conditionalFormats = sheet.conditionalFormats.filter(
            (format) => !intersect(boxOf(format.address), box)
          );
        }),
    };
  }

  private resolveNow(): Resolved | null {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved;
  }

  /** Every write to a range is refused while its sheet is protected. */
  protected override queueWrite(bytes: number, run: () => void): void {
    super.queueWrite(bytes, () => {
      refuseIfProtected(this.resolveOrThrow().sheet);
      run();
    });
  }

  resolveOrThrow(): Resolved {
    const resolved = this.resolveNow();
    if (!resolved) throw new FakeOfficeError("InvalidReference", "The range is a null object.");
    return resolved;
  }

  resolveBox(): CellBox {
    return this.resolveOrThrow().box;
  }

  load(properties?: unknown): this {
    const names = propertyList(properties);
    this.context.queue({
      kind: "load",
      bytes: 0,
      run: () => {
        const resolved = this.resolveNow();
        this.loaded.set("isNullObject", resolved === null);
        this.synced = true;
        if (!resolved) return 4;
        let bytes = 0;
        for (const name of names) {
          const value = this.property(resolved, name);
          this.loaded.set(name, value);
          bytes += bytesOf(value);
        }
        return bytes;
      },
    });
    return this;
  }

  private property({ sheet, box }: Resolved, name: string): unknown {
    switch (name) {
      case "values":
        sheet.cellReads.push(box);
        return sheet.read(box);
      case "numberFormat":
        sheet.cellReads.push(box);
        return sheet.readFormats(box);
      case "address":
        return `${quoteSheet(sheet.name)}!${a1(box)}`;
      case "rowIndex":
        return box.top - 1;
      case "columnIndex":
        return box.left - 1;
      case "rowCount":
        return box.bottom - box.top + 1;
      case "columnCount":
        return box.right - box.left + 1;
      case "rowHidden": {
        let hidden = 0;
        for (let row = box.top; row <= box.bottom; row++)
          if (sheet.hiddenRows.has(row)) hidden += 1;
        const rows = box.bottom - box.top + 1;
        return hidden === 0 ? false : hidden === rows ? true : null;
      }
      default:
        throw new Error(`fake: Range.${name} is not modelled`);
    }
  }

  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }
  get values(): FakeValue[][] {
    return this.loadedValue("values");
  }
  set values(values: FakeValue[][]) {
    this.queueWrite(bytesOf(values), () => {
      const { sheet, box } = this.resolveOrThrow();
      const rows = box.bottom - box.top + 1;
      const columns = box.right - box.left + 1;
      if (values.length !== rows || values.some((line) => line.length !== columns)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `values of ${values.length} rows do not fit ${a1(box)}`
        );
      }
      const hidden = hiddenByMerge(sheet, box, values);
      if (hidden !== null)
        throw new FakeOfficeError("InvalidOperation", `${hidden} is inside a merged range`);
      values.forEach((line, r) =>
        line.forEach((value, c) => typedInput(sheet, box.top + r, box.left + c, value))
      );
      widenTablesOver(sheet, box, values);
    });
  }
  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.queueWrite(bytesOf(formats), () => {
      const { sheet, box } = this.resolveOrThrow();
      if (formats.length !== box.bottom - box.top + 1)
        throw new FakeOfficeError("InvalidArgument", "numberFormat does not fit the range");
      formats.forEach((line, r) =>
        line.forEach((format, c) => sheet.setFormat(box.top + r, box.left + c, format))
      );
    });
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get rowHidden(): boolean | null {
    return this.loadedValue("rowHidden");
  }

  clear(applyTo?: string): void {
    this.queueWrite(bytesOf(applyTo ?? "All"), () => {
      const { sheet, box } = this.resolveOrThrow();
      sheet.clear(box);
      renameClearedTableHeaders(sheet, box);
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const resolved = this.resolveNow();
      if (!resolved) return null;
      // As Office.js documents it: the merges whose top-left cell is in the range, whole.
      const { box } = resolved;
      const boxes = resolved.sheet.merges.filter(
        (merge) =>
          merge.top >= box.top &&
          merge.top <= box.bottom &&
          merge.left >= box.left &&
          merge.left <= box.right
      );
      return boxes.length > 0 ? { sheet: resolved.sheet, boxes } : null;
    });
  }

  getSpecialCellsOrNullObject(type: string, valueType?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const resolved = this.resolveNow();
      if (!resolved) return null;
      const { sheet, box } = resolved;
      let boxes: CellBox[] = [];
      if (type === "Visible") {
        let start: number | null = null;
        for (let row = box.top; row <= box.bottom + 1; row++) {
          const visible = row <= box.bottom && !sheet.hiddenRows.has(row);
          if (visible && start === null) start = row;
          if (!visible && start !== null) {
            boxes.push({ top: start, left: box.left, bottom: row - 1, right: box.right });
            start = null;
          }
        }
      } else if ((type === "Formulas" || type === "Constants") && valueType === "Errors") {
        const kind = type === "Formulas" ? "formula" : "constant";
        boxes = [...sheet.errors.entries()]
          .filter(([, errorKind]) => errorKind === kind)
          .map(([key]) => key.split(":").map(Number))
          .map(([row, column]) => ({ top: row, left: column, bottom: row, right: column }))
          .filter((cell) => intersect(cell, box));
      } else {
        throw new Error(`fake: special cells ${type}/${valueType} not modelled`);
      }
      return boxes.length > 0 ? { sheet, boxes } : null;
    });
  }
}

class FakeRangeAreas extends ProxyBase {
  constructor(
    context: FakeContext,
    private readonly resolver: () => { sheet: SheetState; boxes: CellBox[] } | null
  ) {
    super(context, "RangeAreas");
  }
  load(properties?: unknown): this {
    const names = propertyList(properties);
    this.context.queue({
      kind: "load",
      bytes: 0,
      run: () => {
        const resolved = this.resolver();
        this.loaded.set("isNullObject", resolved === null);
        if (!resolved) return 4;
        const address = resolved.boxes
          .map((box) => `${quoteSheet(resolved.sheet.name)}!${a1(box)}`)
          .join(",");
        if (names.includes("address")) this.loaded.set("address", address);
        return bytesOf(address);
      },
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }
  get address(): string {
    return this.loadedValue("address");
  }
}

/**
 * Excel's table auto-expansion: values written into the column right after a Table, on its
 * rows, make the Table take in every column written.
 */
function widenTablesOver(sheet: SheetState, box: CellBox, values: FakeValue[][]): void {
  const filled = values.some((line) => line.some((value) => value !== ""));
  if (!filled) return;
  for (const table of sheet.tables) {
    const touches = box.left === table.box.right + 1;
    const sharesRows = box.top <= table.box.bottom && box.bottom >= table.box.top;
    if (touches && sharesRows) table.box = { ...table.box, right: box.right };
  }
}

/** A Table header cannot be empty: Excel names a cleared one "Column" + its place in the Table. */
function renameClearedTableHeaders(sheet: SheetState, box: CellBox): void {
  for (const table of sheet.tables) {
    if (!table.showHeaders) continue;
    const row = table.box.top;
    if (row < box.top || row > box.bottom) continue;
    const from = Math.max(box.left, table.box.left);
    const to = Math.min(box.right, table.box.right);
    for (let column = from; column <= to; column++)
      sheet.setCell(row, column, `Column${column - table.box.left + 1}`);
  }
}

/** The fake as the adapter's parameter type: the fake models only the slice the adapter uses. */
export function asExcelContext(context: FakeContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}
