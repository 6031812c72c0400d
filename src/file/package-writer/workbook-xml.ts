/**
 * The `<sheet>` entries of `workbook.xml`: found by name as Excel compares names (ignoring
 * case), renamed, shown or very hidden, added at the end; the tab shown on opening; and the
 * hidden defined names the writer keeps.
 */
import { locateDefinedName } from "../output-map-name";
import { decodeXmlText } from "../xml-text";
import { escapeXml } from "./xml-escape";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relationshipId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Position among all `<sheet>` entries (the tab index). */
  index: number;
}

const SHEET_TAG = /<([\w.-]+:)?sheet\b([^>]*?)\/?>/g;

function attribute(inside: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(inside);
  return match ? decodeXmlText(match[1]) : undefined;
}

function relationshipIdOf(inside: string): string {
  return /\s[\w.-]+:id="([^"]*)"/.exec(inside)?.[1] ?? "";
}

export function sheetEntries(workbookXml: string): SheetEntry[] {
  return [...workbookXml.matchAll(SHEET_TAG)].map((match, index) => {
    const state = attribute(match[2], "state");
    return {
      name: attribute(match[2], "name") ?? "",
      sheetId: Number(attribute(match[2], "sheetId") ?? 0),
      relationshipId: relationshipIdOf(match[2]),
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      index,
    };
  });
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
  let seen = -1;
  return workbookXml.replace(
    SHEET_TAG,
    (whole: string, prefix: string | undefined, inside: string) => {
      seen += 1;
      if (seen !== index) return whole;
      let attributes = inside.replace(/\sname="[^"]*"/, ` name="${escapeXml(name)}"`);
      if (state === "visible") attributes = attributes.replace(/\sstate="[^"]*"/, "");
      else if (/\sstate="/.test(attributes))
        attributes = attributes.replace(/\sstate="[^"]*"/, ` state="${state}"`);
      else attributes += ` state="${state}"`;
      return `<${prefix ?? ""}sheet${attributes}/>`;
    }
  );
}

/** Adds a `<sheet>` entry at the end of `<sheets>`. */
export function withNewSheet(
  workbookXml: string,
  name: string,
  sheetId: number,
  relationshipId: string,
  state: "visible" | "veryHidden"
): string {
  const prefix = /<([\w.-]+:)?sheets\b/.exec(workbookXml)?.[1] ?? "";
  const relationshipsPrefix =
    /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      workbookXml
    )?.[1];
  const hidden = state === "visible" ? "" : ` state="${state}"`;
  const idAttribute = relationshipsPrefix
    ? `${relationshipsPrefix}:id="${relationshipId}"`
    : `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relationshipId}"`;
  const element = `<${prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${hidden} ${idAttribute}/>`;
  const closing = `</${prefix}sheets>`;
  const at = workbookXml.indexOf(closing);
  if (at >= 0) return workbookXml.slice(0, at) + element + workbookXml.slice(at);
  return workbookXml.replace(
    new RegExp(`<${prefix}sheets\\b([^>]*?)/>`),
    `<${prefix}sheets$1>${element}${closing}`
  );
}

/** Sets the tab shown on opening (`activeTab` of the first workbook view), showing the first tabs too. */
export function withActiveTab(workbookXml: string, index: number): string {
  const view = /<([\w.-]+:)?workbookView\b([^>]*?)(\/?)>/.exec(workbookXml);
  if (!view) {
    // No views: Excel's defaults, plus the tab. `bookViews` comes right before `sheets` in CT_Workbook.
    const sheets = /<([\w.-]+:)?sheets\b/.exec(workbookXml);
    if (!sheets) return workbookXml;
    const p = sheets[1] ?? "";
    const views = `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`;
    return workbookXml.slice(0, sheets.index) + views + workbookXml.slice(sheets.index);
  }
  let attributes = view[2].replace(/\sactiveTab="[^"]*"/, "").replace(/\sfirstSheet="[^"]*"/, "");
  attributes += ` activeTab="${index}"`;
  const tag = `<${view[1] ?? ""}workbookView${attributes}${view[3]}>`;
  return workbookXml.slice(0, view.index) + tag + workbookXml.slice(view.index + view[0].length);
}

/** Children of CT_Workbook that come after `definedNames` (ECMA-376 Part 1 §18.2.27). */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** Sets a hidden workbook-level defined name (replacing one of the same name), in schema order. */
export function withHiddenDefinedName(workbookXml: string, name: string, formula: string): string {
  const prefix = /<([\w.-]+:)?workbook\b/.exec(workbookXml)?.[1] ?? "";
  const element = `<${prefix}definedName name="${escapeXml(name)}" hidden="1">${escapeXml(formula)}</${prefix}definedName>`;
  const existing = locateDefinedName(workbookXml, name);
  if (existing !== null)
    return workbookXml.slice(0, existing.start) + element + workbookXml.slice(existing.end);
  const closing = `</${prefix}definedNames>`;
  const listEnd = workbookXml.indexOf(closing);
  if (listEnd >= 0) return workbookXml.slice(0, listEnd) + element + workbookXml.slice(listEnd);
  const list = `<${prefix}definedNames>${element}${closing}`;
  const empty = workbookXml.indexOf(`<${prefix}definedNames/>`);
  if (empty >= 0)
    return (
      workbookXml.slice(0, empty) +
      list +
      workbookXml.slice(empty + `<${prefix}definedNames/>`.length)
    );
  for (const later of AFTER_DEFINED_NAMES) {
    const at = new RegExp(`<${prefix}${later}\\b`).exec(workbookXml);
    if (at) return workbookXml.slice(0, at.index) + list + workbookXml.slice(at.index);
  }
  const end = workbookXml.lastIndexOf(`</${prefix}workbook>`);
  return end < 0 ? workbookXml : workbookXml.slice(0, end) + list + workbookXml.slice(end);
}
