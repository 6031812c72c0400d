/**
 * The layout a column block brings to a user's worksheet, edited in the part's head: the
 * block's column widths merged into the user's `<cols>` (the user's other columns keep theirs,
 * a `<col>` spanning the block is split around it), and the header row frozen where the sheet
 * has no pane of its own (a sheet the user split or froze keeps how it scrolls). Elements are
 * found with the shared XML tokenizer; attributes are edited on the tags' exact text.
 */
import { headElements } from "./head-elements";
import { withAttribute } from "./start-tag";
import { placeInHead, type WorksheetParts } from "./worksheet-xml";

interface ColElement {
  min: number;
  max: number;
  /** The whole `<col .../>` element as written (a `<col>` has no children). */
  text: string;
}

/** The `<col>` elements of the head with a whole-number span, in order. */
function userCols(head: string): ColElement[] {
  const cols: ColElement[] = [];
  for (const col of headElements(head, "cols", "col", ["min", "max"])) {
    const min = Number(col.attributes.min);
    const max = Number(col.attributes.max);
    if (Number.isInteger(min) && Number.isInteger(max))
      cols.push({ min, max, text: head.slice(col.start, col.end) });
  }
  return cols;
}

/** A user's `<col>` restricted to [min, max] (the same element with its span changed). */
function narrowed(col: ColElement, min: number, max: number): string {
  const end = col.text.indexOf(">") + 1;
  const start = withAttribute(
    withAttribute(col.text.slice(0, end), "min", String(min)),
    "max",
    String(max)
  );
  return start + col.text.slice(end);
}

/**
 * `<cols>` with the block's columns (first column `first`, widths in characters) and the user's
 * other columns as they were, in column order.
 */
export function mergedColsXml(
  head: string,
  prefix: string,
  first: number,
  widths: readonly number[]
): string {
  const last = first + widths.length - 1;
  const pieces: { min: number; text: string }[] = [];
  for (const col of userCols(head)) {
    if (col.max < first || col.min > last) {
      pieces.push({ min: col.min, text: col.text });
      continue;
    }
    if (col.min < first) pieces.push({ min: col.min, text: narrowed(col, col.min, first - 1) });
    if (col.max > last) pieces.push({ min: last + 1, text: narrowed(col, last + 1, col.max) });
  }
  widths.forEach((width, index) => {
    const column = first + index;
    pieces.push({
      min: column,
      text: `<${prefix}col min="${column}" max="${column}" width="${width}" customWidth="1"/>`,
    });
  });
  pieces.sort((a, b) => a.min - b.min);
  return `<${prefix}cols>${pieces.map((piece) => piece.text).join("")}</${prefix}cols>`;
}

/** Sets the block's column widths in the head. */
export function placeBlockWidths(
  parts: WorksheetParts,
  first: number,
  widths: readonly number[]
): void {
  if (widths.length === 0) return;
  placeInHead(parts, "cols", mergedColsXml(parts.head, parts.prefix, first, widths));
}

interface ViewShape {
  /** The first `<sheetView>` start tag, or null when the sheet has none. */
  view: { start: number; end: number; selfClosing: boolean } | null;
  /** Whether that view has a `<pane>` (frozen or split: the user's either way). */
  hasPane: boolean;
}

function firstViewShape(head: string): ViewShape {
  const [view] = headElements(head, "sheetViews", "sheetView", []);
  if (view === undefined) return { view: null, hasPane: false };
  return {
    view: { start: view.start, end: view.tagEnd, selfClosing: view.end === view.tagEnd },
    hasPane: view.children.includes("pane"),
  };
}

function paneXml(rows: number, prefix: string): string {
  return `<${prefix}pane ySplit="${rows}" topLeftCell="A${rows + 1}" activePane="bottomLeft" state="frozen"/>`;
}

/**
 * Freezes rows 1..`rows` unless the sheet's view already has a pane: the user's own freezing
 * or split is how they read their sheet, and is kept.
 */
export function freezeIfUnfrozen(parts: WorksheetParts, rows: number): void {
  if (rows <= 0) return;
  const p = parts.prefix;
  const { view, hasPane } = firstViewShape(parts.head);
  if (hasPane) return;
  if (view === null) {
    placeInHead(
      parts,
      "sheetViews",
      `<${p}sheetViews><${p}sheetView workbookViewId="0">${paneXml(rows, p)}</${p}sheetView></${p}sheetViews>`
    );
    return;
  }
  const head = parts.head;
  const tag = head.slice(view.start, view.end);
  // `<pane>` is the first child of `<sheetView>` in the schema.
  const opened = view.selfClosing ? `${tag.slice(0, -2).trimEnd()}>` : tag;
  const closing = view.selfClosing ? `</${p}sheetView>` : "";
  parts.head =
    head.slice(0, view.start) + opened + paneXml(rows, p) + closing + head.slice(view.end);
}
