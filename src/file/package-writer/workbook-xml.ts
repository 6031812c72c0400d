/**
 * The `<sheet>` entries of `workbook.xml`: found by name as Excel compares names (ignoring
 * case), renamed, shown or very hidden, added at the end; and the tab shown on opening. The part
 * is read with the shared XML tokenizer and edited at its offsets, so namespace prefixes are
 * resolved, never guessed: a new entry's relationship id uses a prefix the part binds to the
 * relationships namespace at that place, or declares one (openpyxl declares it on each
 * `<sheet>`, not on the root).
 */
import {
  OFFICE_RELATIONSHIPS,
  OFFICE_RELATIONSHIPS_STRICT,
  SPREADSHEET_MAIN_STRICT,
  SPREADSHEET_NAMESPACES,
} from "../xml/namespaces";
import { readXml, type XmlTag } from "../xml/xml-reader";
import { tagPrefix, withAttribute, withoutAttribute } from "./start-tag";
import { escapeXml } from "./xml-escape";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relationshipId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Position among all `<sheet>` entries (the tab index). */
  index: number;
}

/** Namespace declarations are attributes in this namespace to the tokenizer. */
const XMLNS = "http://www.w3.org/2000/xmlns/";
const WORKBOOK_PART = "xl/workbook.xml";

interface Span {
  start: number;
  /** Just past the start tag. */
  tagEnd: number;
}

interface WorkbookLayout {
  /** The relationships namespace the part speaks (Transitional or Strict). */
  relationshipsUri: string;
  /** The prefix bound to it on the root and not rebound on `<sheets>`, if any. */
  relationshipsPrefix: string | null;
  sheets: (Span & { selfClosing: boolean; end: number }) | null;
  sheetTags: (SheetEntry & Span)[];
  workbookView: Span | null;
}

function relationshipIdOf(tag: XmlTag): string {
  return (
    tag.attribute("id", OFFICE_RELATIONSHIPS) ??
    tag.attribute("id", OFFICE_RELATIONSHIPS_STRICT) ??
    ""
  );
}

function stateOf(value: string | undefined): SheetEntry["state"] {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
}

function readLayout(xml: string): WorkbookLayout {
  const layout: WorkbookLayout = {
    relationshipsUri: OFFICE_RELATIONSHIPS,
    relationshipsPrefix: null,
    sheets: null,
    sheetTags: [],
    workbookView: null,
  };
  let depth = 0;
  readXml(
    xml,
    { part: WORKBOOK_PART, understood: SPREADSHEET_NAMESPACES },
    {
      open(tag) {
        depth += 1;
        if (depth === 1) {
          if (tag.uri === SPREADSHEET_MAIN_STRICT)
            layout.relationshipsUri = OFFICE_RELATIONSHIPS_STRICT;
          if (tag.attribute("r", XMLNS) === layout.relationshipsUri)
            layout.relationshipsPrefix = "r";
          return;
        }
        if (depth === 2 && tag.local === "sheets") {
          layout.sheets = {
            start: tag.start,
            tagEnd: tag.end,
            end: tag.end,
            selfClosing: tag.selfClosing,
          };
          const rebound = tag.attribute("r", XMLNS);
          if (rebound !== undefined)
            layout.relationshipsPrefix = rebound === layout.relationshipsUri ? "r" : null;
        } else if (depth === 3 && tag.local === "sheet" && layout.sheets !== null) {
          layout.sheetTags.push({
            name: tag.attribute("name") ?? "",
            sheetId: Number(tag.attribute("sheetId") ?? 0),
            relationshipId: relationshipIdOf(tag),
            state: stateOf(tag.attribute("state")),
            index: layout.sheetTags.length,
            start: tag.start,
            tagEnd: tag.end,
          });
        } else if (depth === 3 && tag.local === "workbookView" && layout.workbookView === null)
          layout.workbookView = { start: tag.start, tagEnd: tag.end };
      },
      close(tag) {
        if (depth === 2 && layout.sheets !== null && tag.local === "sheets" && !tag.selfClosing)
          layout.sheets.end = tag.start;
        depth -= 1;
      },
    }
  );
  return layout;
}

function replaced(xml: string, span: Span, tag: string): string {
  return xml.slice(0, span.start) + tag + xml.slice(span.tagEnd);
}

export function sheetEntries(workbookXml: string): SheetEntry[] {
  return readLayout(workbookXml).sheetTags.map(
    ({ name, sheetId, relationshipId, state, index }) => ({
      name,
      sheetId,
      relationshipId,
      state,
      index,
    })
  );
}

export function findSheetEntry(
  entries: readonly SheetEntry[],
  names: readonly string[]
): SheetEntry | undefined {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return entries.find((entry) => wanted.has(entry.name.toLowerCase()));
}

/** Rewrites the start tag of the `index`-th `<sheet>` with a new name and state. */
export function withSheetNameAndState(
  workbookXml: string,
  index: number,
  name: string,
  state: "visible" | "veryHidden"
): string {
  const sheet = readLayout(workbookXml).sheetTags[index];
  if (sheet === undefined) return workbookXml;
  const original = workbookXml.slice(sheet.start, sheet.tagEnd);
  const named = withAttribute(original, "name", name);
  const tag =
    state === "visible" ? withoutAttribute(named, "state") : withAttribute(named, "state", state);
  return replaced(workbookXml, sheet, tag);
}

/** Adds a `<sheet>` entry at the end of `<sheets>`. */
export function withNewSheet(
  workbookXml: string,
  name: string,
  sheetId: number,
  relationshipId: string,
  state: "visible" | "veryHidden"
): string {
  const layout = readLayout(workbookXml);
  const sheets = layout.sheets;
  if (sheets === null) throw new Error("workbook.xml has no <sheets> element");
  const p = tagPrefix(workbookXml.slice(sheets.start, sheets.tagEnd));
  const hidden = state === "visible" ? "" : ` state="${state}"`;
  const idAttribute =
    layout.relationshipsPrefix !== null
      ? `${layout.relationshipsPrefix}:id="${escapeXml(relationshipId)}"`
      : `xmlns:r="${layout.relationshipsUri}" r:id="${escapeXml(relationshipId)}"`;
  const element = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${hidden} ${idAttribute}/>`;
  if (!sheets.selfClosing)
    return workbookXml.slice(0, sheets.end) + element + workbookXml.slice(sheets.end);
  const open = workbookXml.slice(sheets.start, sheets.tagEnd).slice(0, -2);
  return `${workbookXml.slice(0, sheets.start)}${open}>${element}</${p}sheets>${workbookXml.slice(sheets.tagEnd)}`;
}

/** Sets the tab shown on opening (`activeTab` of the first workbook view), showing the first tabs too. */
export function withActiveTab(workbookXml: string, index: number): string {
  const layout = readLayout(workbookXml);
  const view = layout.workbookView;
  if (view !== null) {
    const tag = withoutAttribute(workbookXml.slice(view.start, view.tagEnd), "firstSheet");
    return replaced(workbookXml, view, withAttribute(tag, "activeTab", String(index)));
  }
  // No views: Excel's defaults, plus the tab. `bookViews` comes right before `sheets` in CT_Workbook.
  const sheets = layout.sheets;
  if (sheets === null) return workbookXml;
  const p = tagPrefix(workbookXml.slice(sheets.start, sheets.tagEnd));
  const views = `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`;
  return workbookXml.slice(0, sheets.start) + views + workbookXml.slice(sheets.start);
}
