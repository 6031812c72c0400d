/**
 * Carries out an output plan directly on an .xlsx package. Only the parts the plan touches are
 * rewritten — the user's customer and receivable sheets (one pass over their rows), the owned
 * sheets, `workbook.xml` and its relationships, the content types, `styles.xml`, and the chart
 * parts — and every other part (charts, pivot tables, drawings, images, custom XML of the
 * user) is copied as it was. The user's own cells are never written.
 */
import type { ColumnBlockPlan, OutputPlan, PlanValue, SheetPlan } from "../../workbook/plan";
import {
  formatRange,
  MAX_COLUMN,
  MAX_ROW,
  parseRange,
  type CellRange,
} from "../../workbook/plan-address";
import { checkShape } from "../block-shape";
import {
  relationshipsOf,
  relationshipsPath,
  resolveTarget,
  workbookPartPath,
} from "../package-relationships";
import { OUTPUT_MAP_DEFINED_NAME, outputMapReference } from "../output-map-name";
import { argbFromPlanColor, OWNED_HEADER_FILL, OWNED_HEADER_FONT } from "../plan-colors";
import { PLAN_MESSAGES, PlanApplyError } from "../plan-errors";
import { damagedFileError, type XlsxFileError } from "../xlsx-file-error";
import { OFFICE_RELATIONSHIPS } from "../xml/namespaces";
import { XmlPartError } from "../xml/xml-part-error";
import { cellXml } from "./cell-xml";
import { chartXml, drawingXml } from "./chart-xml";
import { conditionalFormatsXml } from "./conditional-format-xml";
import { PackageEdit } from "./package-edit";
import {
  addRelationship,
  CONTENT_TYPES,
  EMPTY_RELATIONSHIPS,
  freeRelationshipId,
  relativeTarget,
  removeRelationship,
  RELATIONSHIP_TYPES,
  withOverride,
  withoutOverride,
} from "./package-xml";
import {
  colsXml,
  newWorksheetXml,
  ownedSheetCells,
  ownedRowsXml,
  wrappedRowHeights,
  sheetViewsXml,
} from "./owned-sheet-xml";
import {
  patchWorksheet,
  rowsFromMap,
  type CellWrite,
  type NewRows,
  type PatchedWorksheet,
  type SheetDataPatch,
} from "./sheet-data-patch";
import { ownedSheetArea } from "./owned-sheet-area";
import { MINIMAL_STYLES, StylesPatch } from "./styles-patch";
import { readTableHeader, tableHeaderEdit, type TableHeader } from "./table-header-names";
import {
  findSheetEntry,
  sheetEntries,
  withActiveTab,
  withNewSheet,
  withSheetNameAndState,
} from "./workbook-xml";
import {
  declaredDimension,
  insertConditionalFormats,
  joinWorksheet,
  placeInHead,
  placeInTail,
  removeConditionalFormats,
  unionRange,
  withTabSelected,
  WorksheetShapeError,
  type WorksheetParts,
} from "./worksheet-xml";
import { worksheetHead } from "./worksheet-head";
import { writePackage } from "./zip-output";
import { rowHeightForLines } from "../../workbook/column-fit";
import { freezeIfUnfrozen, placeBlockWidths } from "./block-layout-xml";
import { placePrintSetup } from "./print-setup-xml";
import { withDefinedName, withPrintTitles } from "./defined-names-xml";

export interface PatchOptions {
  /** DEFLATE level of the parts written anew, 1 (fast) to 9 (small); default 3. */
  compressionLevel?: number;
}

export interface PatchResult {
  bytes: Uint8Array;
  /** Parts of the plan that could not be carried out, one sentence each (none today). */
  skipped: string[];
}

export const DEFAULT_COMPRESSION_LEVEL = 3;
const CONTENT_TYPES_PATH = "[Content_Types].xml";

/** The package being patched: its parts and its workbook-level lists, kept as text. */
class WorkbookPatch {
  workbookXml = "";
  workbookRels = "";
  types = "";
  styles!: StylesPatch;
  stylesPath = "";
  removedFormula = false;

  /** Sheets whose tab selection was set when they were written: showing the sheet leaves them. */
  readonly tabSettled = new Set<string>();

  constructor(
    readonly edit: PackageEdit,
    readonly workbookPath: string,
    /** DEFLATE level of the parts written anew. */
    readonly level: number
  ) {}

  /** The sheet `activate` will show, when it exists and is visible (else showing changes nothing). */
  shownSheet(name: string | null) {
    const target =
      name === null ? undefined : findSheetEntry(sheetEntries(this.workbookXml), [name]);
    return target && target.state === "visible" ? target : null;
  }

  get relationshipsPath(): string {
    return relationshipsPath(this.workbookPath);
  }

  sheetPath(relationshipId: string): string | null {
    const relationship = relationshipsOf(
      this.workbookPath,
      this.workbookRels,
      this.relationshipsPath
    ).find((item) => item.id === relationshipId && item.kind === "worksheet");
    return relationship ? relationship.path : null;
  }

  freePath(folder: string, stem: string): string {
    for (let number = 1; ; number += 1) {
      const path = `${folder}/${stem}${number}.xml`;
      if (!this.edit.has(path)) return path;
    }
  }

  damaged(detail: string): XlsxFileError {
    return damagedFileError(this.edit.source.label, detail);
  }

  /** The headers of the Excel Tables on the worksheet at `path` (tables without a header row left out). */
  async tableHeaders(path: string): Promise<TableHeader[]> {
    const relsPath = relationshipsPath(path);
    const tables: TableHeader[] = [];
    for (const relationship of relationshipsOf(path, await this.edit.text(relsPath), relsPath)) {
      if (relationship.kind !== "table" || relationship.external) continue;
      const xml = await this.edit.text(relationship.path);
      if (xml === null) continue;
      try {
        const header = readTableHeader(xml, relationship.path);
        if (header !== null) tables.push(header);
      } catch (error) {
        if (error instanceof XmlPartError || error instanceof RangeError)
          throw this.damaged(`the table part "${relationship.path}": ${error.message}`);
        throw error;
      }
    }
    return tables;
  }

  /** The user's worksheet at `path` with its rows patched; a sheet that cannot be patched safely is refused, named. */
  async patchedWorksheet(
    path: string,
    sheetName: string,
    rows: SheetDataPatch
  ): Promise<PatchedWorksheet> {
    const xml = await this.edit.required(path);
    try {
      return patchWorksheet(xml, rows, path);
    } catch (error) {
      if (error instanceof WorksheetShapeError || error instanceof XmlPartError)
        throw this.damaged(`the sheet "${sheetName}" (${path}): ${error.message}`);
      throw error;
    }
  }
}

async function openPatch(edit: PackageEdit, level: number): Promise<WorkbookPatch> {
  const workbookPath = workbookPartPath(await edit.text("_rels/.rels"));
  const patch = new WorkbookPatch(edit, workbookPath, level);
  patch.workbookXml = await edit.required(workbookPath);
  patch.workbookRels = (await edit.text(patch.relationshipsPath)) ?? EMPTY_RELATIONSHIPS;
  patch.types = await edit.required(CONTENT_TYPES_PATH);
  const styles = relationshipsOf(workbookPath, patch.workbookRels, patch.relationshipsPath).find(
    (item) => item.kind === "styles"
  );
  if (styles) {
    patch.stylesPath = styles.path;
    patch.styles = new StylesPatch((await edit.text(styles.path)) ?? MINIMAL_STYLES);
  } else {
    patch.stylesPath = resolveTarget(workbookPath, "styles.xml");
    patch.styles = new StylesPatch(MINIMAL_STYLES);
    const id = freeRelationshipId(patch.workbookRels);
    patch.workbookRels = addRelationship(
      patch.workbookRels,
      id,
      RELATIONSHIP_TYPES.styles,
      "styles.xml"
    );
    patch.types = withOverride(patch.types, patch.stylesPath, CONTENT_TYPES.styles);
    edit.set(patch.stylesPath, MINIMAL_STYLES);
  }
  return patch;
}

/** The block's header and value rows, each made when the sheet pass reaches it. */
function blockRows(
  block: ColumnBlockPlan,
  patch: WorkbookPatch,
  prefix: string,
  tableHeaderText: ReadonlyMap<number, string>
): NewRows {
  const header = patch.styles.cellStyle({
    headerFont: argbFromPlanColor(OWNED_HEADER_FONT),
    headerFill: argbFromPlanColor(OWNED_HEADER_FILL),
    wrap: (block.headerLines ?? 1) > 1,
  });
  const styles = block.numberFormats.map((format) =>
    patch.styles.cellStyle({ numberFormat: format })
  );
  const lastRow = block.headerRow + block.rows.length;
  const cell = (row: number, index: number, value: PlanValue, style: number): CellWrite => {
    const column = block.firstColumn + index;
    return { column, xml: cellXml(block.sheet, row, column, value, style, prefix) };
  };
  return {
    numbers: Array.from({ length: lastRow - block.headerRow + 1 }, (_, i) => block.headerRow + i),
    has: (row) => row >= block.headerRow && row <= lastRow,
    cells: (row) => {
      if (row === block.headerRow)
        return block.headers.map((text, index) =>
          cell(row, index, tableHeaderText.get(block.firstColumn + index) ?? text, header)
        );
      const values = block.rows[row - block.headerRow - 1];
      if (values === undefined) return [];
      return block.keys.map((_key, index) =>
        cell(row, index, values[index] ?? null, styles[index])
      );
    },
  };
}

async function applyBlock(
  patch: WorkbookPatch,
  block: ColumnBlockPlan,
  shown: string | null
): Promise<void> {
  checkShape(block);
  const entry = findSheetEntry(sheetEntries(patch.workbookXml), [block.sheet]);
  const path = entry ? patch.sheetPath(entry.relationshipId) : null;
  if (!entry || path === null) throw new PlanApplyError(PLAN_MESSAGES.missingSheet(block.sheet));
  const width = block.keys.length;
  const lastRow = block.headerRow + block.rows.length;
  const right = block.firstColumn + width + (block.clearColumnsRight ?? 0) - 1;
  const cleared: CellRange = {
    top: block.headerRow,
    left: block.firstColumn,
    bottom: lastRow + block.clearRowsBelow,
    right,
  };
  const headerLines = block.headerLines ?? 1;
  // Cells an earlier review wrote and proved ours, outside the block's new place.
  const earlier = (block.clearRanges ?? []).map(parseRange);
  const tables = tableHeaderEdit(
    await patch.tableHeaders(path),
    { row: block.headerRow, firstColumn: block.firstColumn, headers: block.headers },
    [cleared, ...earlier]
  );
  const result = await patch.patchedWorksheet(path, entry.name, {
    clear: [cleared, ...earlier],
    keep: tables.keep,
    rows: (prefix) => blockRows(block, patch, prefix, tables.headerText),
    // Wrapped headers need their lines' height: the user's header row grows, never shrinks.
    ...(headerLines > 1
      ? { minRowHeights: new Map([[block.headerRow, rowHeightForLines(headerLines)]]) }
      : {}),
  });
  const parts = result.parts;
  patch.removedFormula ||= result.removedFormula;
  const written: CellRange = {
    top: block.headerRow,
    left: block.firstColumn,
    bottom: lastRow,
    right: block.firstColumn + width - 1,
  };
  setDimension(parts, written);
  placeBlockWidths(parts, block.firstColumn, block.columnWidths ?? []);
  freezeIfUnfrozen(parts, block.freezeRowsIfUnfrozen ?? 0);
  let highest = removeConditionalFormats(parts, { ...cleared, bottom: MAX_ROW });
  for (const area of earlier) highest = Math.max(highest, removeConditionalFormats(parts, area));
  insertConditionalFormats(
    parts,
    conditionalFormatsXml(block.conditionalFormats, highest + 1, patch.styles, parts.prefix)
  );
  const target = patch.shownSheet(shown);
  if (target !== null) {
    parts.head = withTabSelected(parts.head, parts.prefix, target.index === entry.index);
    patch.tabSettled.add(path);
  }
  patch.edit.set(path, joinWorksheet(parts, result.pieces));
  for (const [tablePath, xml] of tables.parts) patch.edit.set(tablePath, xml);
  // Final (showing a sheet no longer reads it), unless another block patches the same sheet:
  // then it is unpacked again.
  await patch.edit.pack(path, patch.level);
}

function setDimension(parts: WorksheetParts, written: CellRange | null): void {
  if (written === null) return;
  const range = formatRange(unionRange(declaredDimension(parts), written));
  placeInHead(parts, "dimension", `<${parts.prefix}dimension ref="${range}"/>`);
}

/** Removes a sheet's drawings and the charts they hold (parts, relationships, content types). */
async function removeDrawings(patch: WorkbookPatch, sheetPath: string): Promise<void> {
  const relsPath = relationshipsPath(sheetPath);
  let sheetRels = await patch.edit.text(relsPath);
  if (sheetRels === null) return;
  const drawings = relationshipsOf(sheetPath, sheetRels, relsPath).filter(
    (item) => item.kind === "drawing" && !item.external
  );
  for (const drawing of drawings) {
    const drawingPath = drawing.path;
    const drawingRelsPath = relationshipsPath(drawingPath);
    const drawingRels = await patch.edit.text(drawingRelsPath);
    for (const chart of relationshipsOf(drawingPath, drawingRels, drawingRelsPath).filter(
      (item) => item.kind === "chart" && !item.external
    )) {
      patch.edit.remove(chart.path);
      patch.edit.remove(relationshipsPath(chart.path));
      patch.types = withoutOverride(patch.types, chart.path);
    }
    patch.edit.remove(drawingPath);
    patch.edit.remove(drawingRelsPath);
    patch.types = withoutOverride(patch.types, drawingPath);
    sheetRels = removeRelationship(sheetRels, drawing.id);
  }
  patch.edit.set(relsPath, sheetRels);
}

/** Writes the plan's charts as one drawing of the sheet; returns the sheet's relationship id for it. */
async function addCharts(
  patch: WorkbookPatch,
  sheetPath: string,
  plan: SheetPlan
): Promise<string | null> {
  if (plan.charts.length === 0) return null;
  const drawingPath = patch.freePath(resolveTarget(patch.workbookPath, "drawings"), "drawing");
  let drawingRels = EMPTY_RELATIONSHIPS;
  patch.edit.set(drawingPath, drawingXml(plan.charts, plan.columnWidths));
  patch.types = withOverride(patch.types, drawingPath, CONTENT_TYPES.drawing);
  plan.charts.forEach((chart, index) => {
    const chartPath = patch.freePath(resolveTarget(patch.workbookPath, "charts"), "chart");
    patch.edit.set(chartPath, chartXml(plan.name, chart));
    patch.types = withOverride(patch.types, chartPath, CONTENT_TYPES.chart);
    drawingRels = addRelationship(
      drawingRels,
      `rId${index + 1}`,
      RELATIONSHIP_TYPES.chart,
      relativeTarget(drawingPath, chartPath)
    );
  });
  patch.edit.set(relationshipsPath(drawingPath), drawingRels);
  const relsPath = relationshipsPath(sheetPath);
  const sheetRels = (await patch.edit.text(relsPath)) ?? EMPTY_RELATIONSHIPS;
  const id = freeRelationshipId(sheetRels);
  patch.edit.set(
    relsPath,
    addRelationship(
      sheetRels,
      id,
      RELATIONSHIP_TYPES.drawing,
      relativeTarget(sheetPath, drawingPath)
    )
  );
  return id;
}

async function writeFreshSheet(patch: WorkbookPatch, path: string, plan: SheetPlan): Promise<void> {
  const rows = ownedRowsXml(plan, patch.styles, wrappedRowHeights(plan));
  const area = ownedSheetArea(plan);
  const drawingId = await addCharts(patch, path, plan);
  patch.edit.set(
    path,
    newWorksheetXml({
      plan,
      rows,
      dimension: area === null ? "A1" : formatRange(area),
      conditionalFormats: conditionalFormatsXml(plan.conditionalFormats, 1, patch.styles),
      drawingRelationshipId: drawingId,
    })
  );
}

async function appendToSheet(
  patch: WorkbookPatch,
  path: string,
  plan: SheetPlan,
  sheetName: string
): Promise<void> {
  const area = ownedSheetArea(plan);
  const lastRow = plan.startRow + Math.max(plan.cells.length, 1) - 1;
  const cleared: CellRange = {
    top: plan.startRow,
    left: 1,
    bottom: Math.max(lastRow, area?.bottom ?? 0),
    right: MAX_COLUMN,
  };
  // A header cell above the append is written only where the log's row 1 was blank.
  const headerCells: CellRange[] = (plan.headerCells ?? []).map(({ row, column }) => ({
    top: row,
    left: column,
    bottom: row,
    right: column,
  }));
  const result = await patch.patchedWorksheet(path, sheetName, {
    clear: [cleared, ...headerCells],
    rows: (prefix) => rowsFromMap(ownedSheetCells(plan, patch.styles, prefix).rows),
  });
  const parts = result.parts;
  const p = parts.prefix;
  patch.removedFormula ||= result.removedFormula;
  setDimension(parts, area);
  placeInHead(parts, "sheetViews", sheetViewsXml(plan.freezeRows, p));
  placeInHead(parts, "cols", colsXml(plan.columnWidths, p));
  placePrintSetup(parts, plan.print);
  // The whole sheet is the add-in's: its earlier rules go, the plan's come.
  removeConditionalFormats(parts, null);
  insertConditionalFormats(
    parts,
    conditionalFormatsXml(plan.conditionalFormats, 1, patch.styles, p)
  );
  if (plan.charts.length > 0) {
    await removeDrawings(patch, path);
    const id = await addCharts(patch, path, plan);
    // The part may bind no prefix to the relationships namespace (openpyxl's do not): declared here.
    placeInTail(parts, "drawing", `<${p}drawing xmlns:r="${OFFICE_RELATIONSHIPS}" r:id="${id}"/>`);
  }
  patch.edit.set(path, joinWorksheet(parts, result.pieces));
}

/** The sheet's header rows repeated on every printed page, by its position among the sheets. */
function setPrintTitles(patch: WorkbookPatch, plan: SheetPlan): void {
  const titles = plan.print?.titleRows;
  if (!titles) return;
  const entry = findSheetEntry(sheetEntries(patch.workbookXml), [plan.name]);
  if (!entry) return;
  patch.workbookXml = withPrintTitles(
    patch.workbookXml,
    entry.index,
    plan.name,
    titles.first,
    titles.last
  );
}

async function applySheet(patch: WorkbookPatch, plan: SheetPlan): Promise<void> {
  await writeSheet(patch, plan);
  setPrintTitles(patch, plan);
}

async function writeSheet(patch: WorkbookPatch, plan: SheetPlan): Promise<void> {
  const entries = sheetEntries(patch.workbookXml);
  const existing = findSheetEntry(entries, [plan.name, ...plan.knownNames]);
  const existingPath = existing ? patch.sheetPath(existing.relationshipId) : null;
  if (existing && existingPath !== null) {
    patch.workbookXml = withSheetNameAndState(
      patch.workbookXml,
      existing.index,
      plan.name,
      plan.visibility
    );
    if (plan.mode === "append") return appendToSheet(patch, existingPath, plan, existing.name);
    await removeDrawings(patch, existingPath);
    patch.edit.remove(relationshipsPath(existingPath));
    return writeFreshSheet(patch, existingPath, plan);
  }
  const path = patch.freePath(resolveTarget(patch.workbookPath, "worksheets"), "sheet");
  const id = freeRelationshipId(patch.workbookRels);
  patch.workbookRels = addRelationship(
    patch.workbookRels,
    id,
    RELATIONSHIP_TYPES.worksheet,
    relativeTarget(patch.workbookPath, path)
  );
  const sheetId = entries.reduce((highest, entry) => Math.max(highest, entry.sheetId), 0) + 1;
  patch.workbookXml = withNewSheet(patch.workbookXml, plan.name, sheetId, id, plan.visibility);
  patch.types = withOverride(patch.types, path, CONTENT_TYPES.worksheet);
  await writeFreshSheet(patch, path, plan);
}

/** Shows `name` on opening, with only its tab selected (two selected tabs would group them). */
async function activate(patch: WorkbookPatch, name: string): Promise<void> {
  const entries = sheetEntries(patch.workbookXml);
  const target = findSheetEntry(entries, [name]);
  if (!target || target.state !== "visible") return;
  patch.workbookXml = withActiveTab(patch.workbookXml, target.index);
  for (const entry of entries) {
    const path = patch.sheetPath(entry.relationshipId);
    if (path === null || patch.tabSettled.has(path)) continue;
    // The first piece of a sheet always holds its head, whole: a large sheet is not joined.
    const pieces = await patch.edit.pieces(path);
    if (pieces === null || pieces.length === 0) continue;
    const [first, ...rest] = pieces;
    const found = worksheetHead(first, path);
    if (found === null) continue;
    const headEnd = found.end;
    const head = first.slice(0, headEnd);
    const updated = withTabSelected(head, found.prefix, entry === target);
    if (updated !== head) patch.edit.set(path, [updated + first.slice(headEnd), ...rest]);
  }
}

/** The calculation chain lists formula cells; one that is gone makes Excel repair the file, so the chain is dropped and Excel rebuilds it. */
function dropCalculationChain(patch: WorkbookPatch): void {
  const chain = relationshipsOf(
    patch.workbookPath,
    patch.workbookRels,
    patch.relationshipsPath
  ).find((item) => item.kind === "calcChain" && !item.external);
  if (!chain) return;
  patch.edit.remove(chain.path);
  patch.types = withoutOverride(patch.types, chain.path);
  patch.workbookRels = removeRelationship(patch.workbookRels, chain.id);
}

export async function patchXlsxPackage(
  source: PackageEdit["source"],
  plan: OutputPlan,
  options: PatchOptions = {}
): Promise<PatchResult> {
  const edit = new PackageEdit(source);
  const patch = await openPatch(edit, options.compressionLevel ?? DEFAULT_COMPRESSION_LEVEL);
  // The owned sheets first, so the sheet to show is known when the user's large sheets are
  // patched: each of those is then final at once and packed before the next is read.
  for (const sheet of plan.sheets) await applySheet(patch, sheet);
  const map = plan.sheets.find((sheet) => sheet.key === "meta");
  if (map)
    patch.workbookXml = withDefinedName(patch.workbookXml, {
      name: OUTPUT_MAP_DEFINED_NAME,
      hidden: true,
      formula: outputMapReference(map.name),
    });
  for (const block of plan.columnBlocks) await applyBlock(patch, block, plan.activate);
  if (plan.activate !== null) await activate(patch, plan.activate);
  if (patch.removedFormula) dropCalculationChain(patch);
  edit.set(patch.workbookPath, patch.workbookXml);
  edit.set(patch.relationshipsPath, patch.workbookRels);
  edit.set(CONTENT_TYPES_PATH, patch.types);
  if (patch.styles.changed) edit.set(patch.stylesPath, patch.styles.toXml());
  const bytes = await writePackage(edit, patch.level);
  return { bytes, skipped: [] };
}
