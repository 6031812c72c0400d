/**
 * A workbook as plain values, with each cell marked as the user's or ours, and the edits a
 * person makes between two reviews (columns inserted, deleted, moved; sheets renamed or added;
 * the map edited). Both appliers take and give this shape, so one test runs against both.
 */
import type { OutputPlan } from "../../src/workbook/plan";
import { parseRange, type CellRange, rangeAddress } from "../../src/workbook/plan-address";

export type ModelCell = string | number | null;

export interface ModelSheet {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  /** Row-major from A1. */
  cells: ModelCell[][];
  /** The user's merged ranges ("F1:G2"); only a merge's top-left cell holds a value. */
  merges?: string[];
}

export interface ModelBook {
  sheets: ModelSheet[];
  /** The map's name as the host records it (Excel settings, a file's defined name). */
  outputMapName?: string;
}

/** Per sheet name: true where the cell is the user's (ours otherwise, or empty). */
export type Ownership = Map<string, boolean[][]>;

export function cellOf(sheet: ModelSheet, row: number, column: number): ModelCell {
  return sheet.cells[row - 1]?.[column - 1] ?? null;
}

export function sheetNamed(book: ModelBook, name: string): ModelSheet {
  const sheet = book.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${book.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

export function cloneBook(book: ModelBook): ModelBook {
  return {
    ...book,
    sheets: book.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((row) => [...row]),
      ...(sheet.merges ? { merges: [...sheet.merges] } : {}),
    })),
  };
}

/** The user's cells after a review whose plan is given: every filled cell the plan did not write. */
export function userCells(book: ModelBook, plan: OutputPlan | null): Ownership {
  const owned = new Set(plan ? plan.sheets.map((sheet) => sheet.name) : []);
  const result: Ownership = new Map();
  for (const sheet of book.sheets) {
    const blocks = (plan?.columnBlocks ?? []).filter((block) => block.sheet === sheet.name);
    result.set(
      sheet.name,
      sheet.cells.map((row, r) =>
        row.map((value, c) => {
          if (value === null || owned.has(sheet.name)) return false;
          return !blocks.some(
            (block) =>
              r + 1 >= block.headerRow &&
              r + 1 <= block.headerRow + block.rows.length &&
              c + 1 >= block.firstColumn &&
              c + 1 < block.firstColumn + block.keys.length
          );
        })
      )
    );
  }
  return result;
}

/** Every user cell of `before` that differs in `after`, as "sheet!R1C1: was → now". */
export function changedUserCells(
  before: ModelBook,
  ownership: Ownership,
  after: ModelBook
): string[] {
  const changes: string[] = [];
  for (const sheet of before.sheets) {
    const marks = ownership.get(sheet.name) ?? [];
    const now = after.sheets.find((candidate) => candidate.name === sheet.name);
    sheet.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (!marks[r]?.[c]) return;
        const later = now ? cellOf(now, r + 1, c + 1) : "(sheet gone)";
        if (later !== value) changes.push(`${sheet.name}!R${r + 1}C${c + 1}: ${value} → ${later}`);
      })
    );
  }
  return changes;
}

/** An edit a person makes, applied to the values and the ownership alike. */
export type Edit =
  | { kind: "insertColumn"; sheet: string; at: number; values: string[] }
  | { kind: "deleteColumn"; sheet: string; at: number }
  | { kind: "moveColumn"; sheet: string; from: number; to: number }
  | { kind: "renameSheet"; sheet: string; to: string }
  | { kind: "addSheet"; name: string; values: string[][] }
  | { kind: "editMap"; row: number; column: number; value: ModelCell }
  /** The user types into an empty cell. */
  | { kind: "typeCell"; sheet: string; row: number; column: number; value: string }
  /** A row inserted (a title above the table, a row inside it), filled from column A. */
  | { kind: "insertRow"; sheet: string; at: number; values: string[] }
  /** A whole row deleted: every row below moves up one. */
  | { kind: "deleteRow"; sheet: string; at: number }
  /** Rows `top..bottom` put in reverse order, whole rows (a sort by the user); each needs column A filled. */
  | { kind: "reverseRows"; sheet: string; top: number; bottom: number }
  /** The user merges a range (Excel keeps only its top-left value); one that meets a merge does nothing. */
  | { kind: "mergeCells"; sheet: string; range: string };

function spliceColumns<T>(rows: T[][], edit: Edit, filler: (row: number) => T): void {
  // Every row padded to the widest and to the columns the edit names, so columns stay aligned.
  const named =
    edit.kind === "moveColumn"
      ? Math.max(edit.from, edit.to)
      : edit.kind === "insertColumn"
        ? edit.at - 1
        : 0;
  const width = Math.max(named, ...rows.map((row) => row.length));
  rows.forEach((row, r) => {
    while (row.length < width) row.push(filler(-1));
    if (edit.kind === "insertColumn") row.splice(edit.at - 1, 0, filler(r));
    else if (edit.kind === "deleteColumn") row.splice(edit.at - 1, 1);
    else if (edit.kind === "moveColumn") {
      const [moved] = row.splice(edit.from - 1, 1);
      row.splice(edit.to - 1, 0, moved);
    }
  });
}

/** Applies an edit; an edit that does not fit the book (no such sheet, a name taken) does nothing. */
export function applyEdit(book: ModelBook, ownership: Ownership, edit: Edit): void {
  const find = (name: string) => book.sheets.find((sheet) => sheet.name === name);
  switch (edit.kind) {
    case "insertColumn":
    case "deleteColumn":
    case "moveColumn": {
      const sheet = find(edit.sheet);
      if (!sheet) return;
      const marks = ownership.get(sheet.name) ?? [];
      while (marks.length < sheet.cells.length) marks.push([]);
      const value = (row: number): ModelCell =>
        edit.kind === "insertColumn" && row >= 0 ? (edit.values[row] ?? null) : null;
      const merges = (sheet.merges ?? []).map(parseRange);
      if (edit.kind === "moveColumn" && merges.some((box) => meetsColumns(box, edit.from, edit.to)))
        return; // Excel refuses to move cells through a merge
      spliceColumns(sheet.cells, edit, value);
      spliceColumns(marks, edit, (row) => row >= 0 && value(row) !== null);
      if (merges.length > 0) sheet.merges = shiftedMerges(merges, edit).map(addressOf);
      blankCoveredCells(sheet, marks);
      ownership.set(sheet.name, marks);
      return;
    }
    case "insertRow": {
      const sheet = find(edit.sheet);
      if (!sheet) return;
      const marks = ownership.get(sheet.name) ?? [];
      while (marks.length < sheet.cells.length) marks.push([]);
      while (sheet.cells.length < edit.at - 1) sheet.cells.push([]);
      while (marks.length < edit.at - 1) marks.push([]);
      sheet.cells.splice(edit.at - 1, 0, [...edit.values]);
      marks.splice(
        edit.at - 1,
        0,
        edit.values.map(() => true)
      );
      if (sheet.merges)
        sheet.merges = sheet.merges
          .map(parseRange)
          .map((box) =>
            addressOf(
              box.top >= edit.at
                ? { ...box, top: box.top + 1, bottom: box.bottom + 1 }
                : box.bottom >= edit.at
                  ? { ...box, bottom: box.bottom + 1 }
                  : box
            )
          );
      blankCoveredCells(sheet, marks);
      ownership.set(sheet.name, marks);
      return;
    }
    case "deleteRow": {
      const sheet = find(edit.sheet);
      if (!sheet || edit.at > sheet.cells.length) return;
      const row = { top: edit.at, bottom: edit.at, left: 1, right: Number.MAX_SAFE_INTEGER };
      // A merge the row meets would shrink or vanish: not modelled, the edit does nothing.
      if ((sheet.merges ?? []).map(parseRange).some((box) => boxesMeet(box, row))) return;
      const marks = ownership.get(sheet.name) ?? [];
      while (marks.length < sheet.cells.length) marks.push([]);
      sheet.cells.splice(edit.at - 1, 1);
      marks.splice(edit.at - 1, 1);
      if (sheet.merges)
        sheet.merges = sheet.merges
          .map(parseRange)
          .map((box) =>
            addressOf(
              box.top > edit.at ? { ...box, top: box.top - 1, bottom: box.bottom - 1 } : box
            )
          );
      ownership.set(sheet.name, marks);
      return;
    }
    case "reverseRows": {
      const sheet = find(edit.sheet);
      const span = { top: edit.top, bottom: edit.bottom, left: 1, right: Number.MAX_SAFE_INTEGER };
      if (!sheet || edit.bottom > sheet.cells.length || edit.top >= edit.bottom) return;
      // A sort of the table's rows, each with its first column filled: a note row below the
      // table sorted into an output column still in place would be ours to rewrite by design.
      if (sheet.cells.slice(edit.top - 1, edit.bottom).some((row) => (row[0] ?? null) === null))
        return;
      if ((sheet.merges ?? []).map(parseRange).some((box) => boxesMeet(box, span))) return;
      const marks = ownership.get(sheet.name) ?? [];
      while (marks.length < sheet.cells.length) marks.push([]);
      for (const grid of [sheet.cells, marks] as unknown[][][]) {
        const reversed = grid.slice(edit.top - 1, edit.bottom).reverse();
        grid.splice(edit.top - 1, reversed.length, ...reversed);
      }
      ownership.set(sheet.name, marks);
      return;
    }
    case "mergeCells": {
      const sheet = find(edit.sheet);
      const box = parseRange(edit.range);
      const merges = (sheet?.merges ?? []).map(parseRange);
      if (!sheet || merges.some((other) => boxesMeet(other, box))) return;
      sheet.merges = [...(sheet.merges ?? []), edit.range];
      const marks = ownership.get(sheet.name) ?? [];
      blankCoveredCells(sheet, marks);
      ownership.set(sheet.name, marks);
      return;
    }
    case "renameSheet": {
      const sheet = find(edit.sheet);
      if (!sheet || book.sheets.some((s) => s.name.toLowerCase() === edit.to.toLowerCase())) return;
      ownership.set(edit.to, ownership.get(sheet.name) ?? []);
      ownership.delete(sheet.name);
      sheet.name = edit.to;
      return;
    }
    case "addSheet":
      if (book.sheets.some((s) => s.name.toLowerCase() === edit.name.toLowerCase())) return;
      book.sheets.push({ name: edit.name, visibility: "visible", cells: edit.values });
      ownership.set(
        edit.name,
        edit.values.map((row) => row.map(() => true))
      );
      return;
    case "typeCell": {
      const sheet = find(edit.sheet);
      if (!sheet || cellOf(sheet, edit.row, edit.column) !== null) return;
      const at = { top: edit.row, left: edit.column, bottom: edit.row, right: edit.column };
      if ((sheet.merges ?? []).map(parseRange).some((box) => boxesMeet(box, at))) return;
      const marks = ownership.get(sheet.name) ?? [];
      for (const grid of [sheet.cells, marks] as unknown[][][]) {
        while (grid.length < edit.row) grid.push([]);
      }
      const row = sheet.cells[edit.row - 1];
      while (row.length < edit.column) row.push(null);
      row[edit.column - 1] = edit.value;
      (marks[edit.row - 1] ??= [])[edit.column - 1] = true;
      ownership.set(sheet.name, marks);
      return;
    }
    case "editMap": {
      const map = book.sheets.find((sheet) => sheet.visibility === "veryHidden");
      if (!map) return;
      while (map.cells.length < edit.row) map.cells.push([]);
      const row = map.cells[edit.row - 1];
      while (row.length < edit.column) row.push(null);
      row[edit.column - 1] = edit.value;
      return;
    }
  }
}

function addressOf(box: CellRange): string {
  return rangeAddress(box.top, box.left, box.bottom, box.right);
}

function boxesMeet(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

function meetsColumns(box: CellRange, one: number, other: number): boolean {
  return box.left <= Math.max(one, other) && box.right >= Math.min(one, other);
}

/** Merges after a column is inserted or deleted, as Excel moves them (widened, shrunk or shifted). */
function shiftedMerges(merges: readonly CellRange[], edit: Edit): CellRange[] {
  if (edit.kind === "insertColumn")
    return merges.map((box) =>
      box.left >= edit.at
        ? { ...box, left: box.left + 1, right: box.right + 1 }
        : box.right >= edit.at
          ? { ...box, right: box.right + 1 }
          : box
    );
  if (edit.kind !== "deleteColumn") return [...merges];
  return merges
    .map((box) =>
      box.left > edit.at
        ? { ...box, left: box.left - 1, right: box.right - 1 }
        : box.right >= edit.at
          ? { ...box, right: box.right - 1 }
          : box
    )
    .filter((box) => box.right >= box.left && (box.right > box.left || box.bottom > box.top));
}

/** Only a merge's top-left cell holds a value: the others are emptied, and are nobody's. */
function blankCoveredCells(sheet: ModelSheet, marks: boolean[][]): void {
  for (const box of (sheet.merges ?? []).map(parseRange))
    for (let row = box.top; row <= box.bottom; row++)
      for (let column = box.left; column <= box.right; column++) {
        if (row === box.top && column === box.left) continue;
        if (sheet.cells[row - 1]?.[column - 1] != null) sheet.cells[row - 1][column - 1] = null;
        if (marks[row - 1]?.[column - 1]) marks[row - 1][column - 1] = false;
      }
}

/** Every cell a plan writes or clears that lies inside a merge of the book it was applied to. */
export function planCellsInMerges(book: ModelBook, plan: OutputPlan | null): string[] {
  const found: string[] = [];
  for (const block of plan?.columnBlocks ?? []) {
    const merges = (book.sheets.find((sheet) => sheet.name === block.sheet)?.merges ?? []).map(
      (address) => ({ address, box: parseRange(address) })
    );
    const right = block.firstColumn + block.keys.length - 1 + (block.clearColumnsRight ?? 0);
    const touched: CellRange[] = [
      {
        top: block.headerRow,
        bottom: block.headerRow + block.rows.length + block.clearRowsBelow,
        left: block.firstColumn,
        right,
      },
      ...(block.clearRanges ?? []).map(parseRange),
    ];
    for (const merge of merges)
      for (const box of touched)
        if (boxesMeet(merge.box, box))
          found.push(`${block.sheet}!${addressOf(box)} meets the merge ${merge.address}`);
  }
  return found;
}
