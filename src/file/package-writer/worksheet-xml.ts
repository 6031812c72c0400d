/**
 * A worksheet part cut into the part before `<sheetData>`, the rows, and the part after, and
 * the edits the writer makes around the rows: `<dimension>`, `<sheetViews>`, `<cols>`,
 * `<conditionalFormatting>`. Elements are put where CT_Worksheet (ECMA-376 Part 1 §18.3.1.99)
 * wants them, so Excel opens the part without repairing it.
 */
import { parseRange, type CellRange } from "../a1";

/** Children of CT_Worksheet before `sheetData`, in schema order. */
const HEAD_ORDER = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols"];
/** Children of CT_Worksheet after `sheetData`, in schema order. */
export const TAIL_ORDER = [
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export interface WorksheetParts {
  /** Namespace prefix of the main elements ("" or e.g. "x:"). */
  prefix: string;
  /** Everything up to and including the `<sheetData>` start tag. */
  head: string;
  /** The inside of `<sheetData>`. */
  data: string;
  /** From the `</sheetData>` end tag to the end of the part. */
  tail: string;
}

export class WorksheetShapeError extends Error {
  override name = "WorksheetShapeError";
}

export function splitWorksheet(xml: string): WorksheetParts {
  const root = /<([\w.-]+:)?worksheet\b/.exec(xml);
  if (!root) throw new WorksheetShapeError("it has no <worksheet> element");
  const prefix = root[1] ?? "";
  const start = new RegExp(`<${prefix}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!start) throw new WorksheetShapeError("it has no <sheetData> element");
  const afterStart = start.index + start[0].length;
  if (start[1] === "/")
    return {
      prefix,
      head: `${xml.slice(0, start.index)}<${prefix}sheetData>`,
      data: "",
      tail: `</${prefix}sheetData>${xml.slice(afterStart)}`,
    };
  const end = xml.lastIndexOf(`</${prefix}sheetData>`);
  if (end < afterStart) throw new WorksheetShapeError("its <sheetData> element is not closed");
  return {
    prefix,
    head: xml.slice(0, afterStart),
    data: xml.slice(afterStart, end),
    tail: xml.slice(end),
  };
}

/** The part again, in pieces: the head first (whole), then the rows, then the tail. */
export function joinWorksheet(
  parts: WorksheetParts,
  data: readonly string[] = [parts.data]
): string[] {
  return [parts.head, ...data, parts.tail];
}

/** Where an element `name` is (start and end offsets), or null; searched in `text` only. */
function locate(
  text: string,
  prefix: string,
  name: string,
  from = 0
): { start: number; end: number } | null {
  const open = new RegExp(`<${prefix}${name}\\b[^>]*?(/?)>`, "g");
  open.lastIndex = from;
  const match = open.exec(text);
  if (!match) return null;
  if (match[1] === "/") return { start: match.index, end: match.index + match[0].length };
  const closing = `</${prefix}${name}>`;
  const close = text.indexOf(closing, open.lastIndex);
  return { start: match.index, end: close < 0 ? text.length : close + closing.length };
}

/**
 * Replaces element `name` in `text` with `element` (or removes it when `element` is ""), or
 * inserts it before the first element that follows it in `order`, else before `fallback`.
 */
function place(
  text: string,
  prefix: string,
  name: string,
  element: string,
  order: readonly string[],
  fallback: number
): string {
  const existing = locate(text, prefix, name);
  if (existing) return text.slice(0, existing.start) + element + text.slice(existing.end);
  if (element === "") return text;
  for (const later of order.slice(order.indexOf(name) + 1)) {
    const found = locate(text, prefix, later);
    if (found) return text.slice(0, found.start) + element + text.slice(found.start);
  }
  return text.slice(0, fallback) + element + text.slice(fallback);
}

/** Puts (or replaces) an element that comes before `sheetData`. */
export function placeInHead(parts: WorksheetParts, name: string, element: string): void {
  const sheetDataStart = parts.head.lastIndexOf(`<${parts.prefix}sheetData`);
  parts.head =
    place(
      parts.head.slice(0, sheetDataStart),
      parts.prefix,
      name,
      element,
      HEAD_ORDER,
      sheetDataStart
    ) + parts.head.slice(sheetDataStart);
}

/** Puts (or replaces) an element that comes after `sheetData`. */
export function placeInTail(parts: WorksheetParts, name: string, element: string): void {
  const end = parts.tail.lastIndexOf(`</${parts.prefix}worksheet>`);
  parts.tail = place(
    parts.tail,
    parts.prefix,
    name,
    element,
    TAIL_ORDER,
    end < 0 ? parts.tail.length : end
  );
}

/** The used range the part declares, or null. */
export function declaredDimension(parts: WorksheetParts): CellRange | null {
  const match = new RegExp(`<${parts.prefix}dimension\\b[^>]*?\\sref="([^"]*)"`).exec(parts.head);
  if (!match) return null;
  try {
    return parseRange(match[1]);
  } catch (error) {
    if (error instanceof RangeError) return null; // an unreadable dimension is replaced
    throw error;
  }
}

export function unionRange(a: CellRange | null, b: CellRange): CellRange {
  if (a === null) return b;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

function within(inner: CellRange, outer: CellRange): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

/** True when every range of a reference ("A1:A5 C1:C5") lies inside `area`. */
function referenceWithin(reference: string, area: CellRange): boolean {
  const parts = reference.split(/\s+/).filter((part) => part.length > 0);
  if (parts.length === 0) return false;
  return parts.every((part) => {
    try {
      return within(parseRange(part), area);
    } catch (error) {
      if (error instanceof RangeError) return false; // a reference we cannot read is not ours to remove
      throw error;
    }
  });
}

/**
 * Removes the `<conditionalFormatting>` elements whose ranges all lie in `area` (null: all of
 * them), keeping the user's; returns the highest priority left, so new rules come after it.
 */
export function removeConditionalFormats(parts: WorksheetParts, area: CellRange | null): number {
  const p = parts.prefix;
  const extensions = parts.tail.search(new RegExp(`<${p}extLst\\b`));
  const main = extensions < 0 ? parts.tail : parts.tail.slice(0, extensions);
  const rest = extensions < 0 ? "" : parts.tail.slice(extensions);
  const pieces: string[] = [];
  let copied = 0;
  for (
    let found = locate(main, p, "conditionalFormatting");
    found !== null;
    found = locate(main, p, "conditionalFormatting", found.end)
  ) {
    const element = main.slice(found.start, found.end);
    const reference = /\ssqref="([^"]*)"/.exec(element)?.[1] ?? "";
    if (area === null || referenceWithin(reference, area)) {
      pieces.push(main.slice(copied, found.start));
      copied = found.end;
    }
  }
  pieces.push(main.slice(copied));
  parts.tail = pieces.join("") + rest;
  let highest = 0;
  for (const match of parts.tail.matchAll(/\spriority="(\d+)"/g))
    highest = Math.max(highest, Number(match[1]));
  return highest;
}

/** Inserts elements (already built) at the position of `conditionalFormatting`, after any that are there. */
export function insertConditionalFormats(parts: WorksheetParts, elements: string): void {
  if (elements === "") return;
  const p = parts.prefix;
  let last = -1;
  for (
    let found = locate(parts.tail, p, "conditionalFormatting");
    found !== null;
    found = locate(parts.tail, p, "conditionalFormatting", found.end)
  )
    last = found.end;
  if (last >= 0) {
    parts.tail = parts.tail.slice(0, last) + elements + parts.tail.slice(last);
    return;
  }
  const end = parts.tail.lastIndexOf(`</${p}worksheet>`);
  for (const later of TAIL_ORDER.slice(TAIL_ORDER.indexOf("conditionalFormatting") + 1)) {
    const found = locate(parts.tail, p, later);
    if (found) {
      parts.tail = parts.tail.slice(0, found.start) + elements + parts.tail.slice(found.start);
      return;
    }
  }
  parts.tail = parts.tail.slice(0, end) + elements + parts.tail.slice(end);
}

/** Sets or clears `tabSelected` on the sheet's first view; returns the part unchanged when it already says so. */
export function withTabSelected(head: string, prefix: string, selected: boolean): string {
  const view = new RegExp(`<${prefix}sheetView\\b([^>]*?)(/?)>`).exec(head);
  if (!view) {
    if (!selected) return head;
    const parts: WorksheetParts = { prefix, head, data: "", tail: "" };
    placeInHead(
      parts,
      "sheetViews",
      `<${prefix}sheetViews><${prefix}sheetView tabSelected="1" workbookViewId="0"/></${prefix}sheetViews>`
    );
    return parts.head;
  }
  const isSelected = /\stabSelected="(1|true)"/.test(view[1]);
  if (isSelected === selected) return head;
  const attributes =
    view[1].replace(/\stabSelected="[^"]*"/, "") + (selected ? ' tabSelected="1"' : "");
  return (
    head.slice(0, view.index) +
    `<${prefix}sheetView${attributes}${view[2]}>` +
    head.slice(view.index + view[0].length)
  );
}
