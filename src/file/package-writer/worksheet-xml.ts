/**
 * A worksheet part cut into the part before `<sheetData>`, the rows, and the part after, and
 * the edits the writer makes around the rows: `<dimension>`, `<sheetViews>`, `<cols>`,
 * `<conditionalFormatting>`. Elements are put where CT_Worksheet (ECMA-376 Part 1 §18.3.1.99)
 * wants them, so Excel opens the part without repairing it. The worksheet's children are found
 * with the shared XML tokenizer (the head and the tail joined are a well-formed document), so a
 * comment that looks like an element is never taken for one.
 */
import { parseRange, type CellRange } from "../../workbook/plan-address";
import { SPREADSHEET_NAMESPACES } from "../xml/namespaces";
import { readXml } from "../xml/xml-reader";
import { headElements } from "./head-elements";
import { withAttribute, withoutAttribute } from "./start-tag";

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

/** The part again, in pieces: the head first (whole), then the rows, then the tail. */
export function joinWorksheet(
  parts: WorksheetParts,
  data: readonly string[] = [parts.data]
): string[] {
  return [parts.head, ...data, parts.tail];
}

/** The x14 main namespace: its conditional formats (in `extLst`) share the priorities of the others. */
const X14_MAIN = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const WITH_X14: ReadonlySet<string> = new Set([...SPREADSHEET_NAMESPACES, X14_MAIN]);
const PART = "worksheet";

/** A child of `<worksheet>` in the head or the tail: its name, offsets there, and the attributes used. */
interface Child {
  local: string;
  inHead: boolean;
  start: number;
  end: number;
  /** The `ref` (of `dimension`) and `sqref` (of `conditionalFormatting`) attributes. */
  ref: string | undefined;
  sqref: string | undefined;
}

interface Children {
  children: Child[];
  /** Offset of `</worksheet>` in the tail (the tail's length when the tail is empty). */
  rootEnd: number;
  /** Every `priority` of a conditional-format rule, x14 ones included. */
  priorities: number[];
}

/** The worksheet's children outside `<sheetData>`, read from the head and the tail. */
function childrenOf(parts: WorksheetParts): Children {
  const text = parts.head + parts.tail;
  const split = parts.head.length;
  const found: Children = { children: [], rootEnd: parts.tail.length, priorities: [] };
  let depth = 0;
  let open: Child | null = null;
  readXml(
    text,
    { part: PART, understood: WITH_X14, partial: parts.tail === "" },
    {
      open(tag) {
        depth += 1;
        if (tag.local === "cfRule") {
          const priority = Number(tag.attribute("priority"));
          if (Number.isInteger(priority)) found.priorities.push(priority);
        }
        if (depth !== 2 || tag.uri === X14_MAIN || tag.local === "sheetData") return;
        const inHead = tag.start < split;
        const shift = inHead ? 0 : split;
        open = {
          local: tag.local,
          inHead,
          start: tag.start - shift,
          end: tag.end - shift,
          // The tag lives only during this call: the attributes used later are copied now.
          ref: tag.attribute("ref"),
          sqref: tag.attribute("sqref"),
        };
      },
      close(tag) {
        if (depth === 2 && open !== null) {
          open.end = tag.end - (open.inHead ? 0 : split);
          found.children.push(open);
          open = null;
        } else if (depth === 1) found.rootEnd = tag.start - split;
        depth -= 1;
      },
    }
  );
  return found;
}

/**
 * Replaces element `name` in the head or tail with `element` (or removes it when `element` is
 * ""), or inserts it before the first element that follows it in `order`, else at `fallback`.
 */
function place(
  parts: WorksheetParts,
  inHead: boolean,
  name: string,
  element: string,
  order: readonly string[],
  fallback: number
): void {
  const children = childrenOf(parts).children.filter((child) => child.inHead === inHead);
  const text = inHead ? parts.head : parts.tail;
  const existing = children.find((child) => child.local === name);
  let updated: string | null = null;
  if (existing) updated = text.slice(0, existing.start) + element + text.slice(existing.end);
  else if (element !== "") {
    const later = new Set(order.slice(order.indexOf(name) + 1));
    const next = children.find((child) => later.has(child.local));
    const at = next ? next.start : fallback;
    updated = text.slice(0, at) + element + text.slice(at);
  }
  if (updated === null) return;
  if (inHead) parts.head = updated;
  else parts.tail = updated;
}

/** Puts (or replaces) an element that comes before `sheetData`. */
export function placeInHead(parts: WorksheetParts, name: string, element: string): void {
  const sheetDataStart = parts.head.lastIndexOf(`<${parts.prefix}sheetData`);
  place(parts, true, name, element, HEAD_ORDER, sheetDataStart);
}

/** Puts (or replaces) an element that comes after `sheetData`. */
export function placeInTail(parts: WorksheetParts, name: string, element: string): void {
  place(parts, false, name, element, TAIL_ORDER, childrenOf(parts).rootEnd);
}

/** The used range the part declares, or null. */
export function declaredDimension(parts: WorksheetParts): CellRange | null {
  const dimension = childrenOf(parts).children.find(
    (child) => child.inHead && child.local === "dimension"
  );
  const reference = dimension?.ref;
  if (reference === undefined) return null;
  try {
    return parseRange(reference);
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
  const removed = childrenOf(parts).children.filter(
    (child) =>
      !child.inHead &&
      child.local === "conditionalFormatting" &&
      (area === null || referenceWithin(child.sqref ?? "", area))
  );
  let tail = parts.tail;
  for (const child of [...removed].reverse())
    tail = tail.slice(0, child.start) + tail.slice(child.end);
  parts.tail = tail;
  return childrenOf(parts).priorities.reduce((highest, priority) => Math.max(highest, priority), 0);
}

/** Inserts elements (already built) at the position of `conditionalFormatting`, after any that are there. */
export function insertConditionalFormats(parts: WorksheetParts, elements: string): void {
  if (elements === "") return;
  const { children, rootEnd } = childrenOf(parts);
  const tailChildren = children.filter((child) => !child.inHead);
  const formats = tailChildren.filter((child) => child.local === "conditionalFormatting");
  let at = rootEnd;
  if (formats.length > 0) at = formats[formats.length - 1].end;
  else {
    const later = new Set(TAIL_ORDER.slice(TAIL_ORDER.indexOf("conditionalFormatting") + 1));
    const next = tailChildren.find((child) => later.has(child.local));
    if (next) at = next.start;
  }
  parts.tail = parts.tail.slice(0, at) + elements + parts.tail.slice(at);
}

/** The first `<sheetView>` start tag of a head: its offsets and whether it is selected. */
function firstSheetView(head: string): { start: number; end: number; selected: boolean } | null {
  const [view] = headElements(head, "sheetViews", "sheetView", ["tabSelected"]);
  if (view === undefined) return null;
  const selected = view.attributes.tabSelected;
  return { start: view.start, end: view.tagEnd, selected: selected === "1" || selected === "true" };
}

/** Sets or clears `tabSelected` on the sheet's first view; returns the head unchanged when it already says so. */
export function withTabSelected(head: string, prefix: string, selected: boolean): string {
  const view = firstSheetView(head);
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
  if (view.selected === selected) return head;
  const tag = head.slice(view.start, view.end);
  const updated = selected
    ? withAttribute(tag, "tabSelected", "1")
    : withoutAttribute(tag, "tabSelected");
  return head.slice(0, view.start) + updated + head.slice(view.end);
}
