/**
 * Defined names the writer keeps in `<definedNames>` of workbook.xml: the rows a sheet repeats on
 * every printed page (`_xlnm.Print_Titles`, scoped to the sheet by `localSheetId`, its position
 * among the `<sheet>` entries) and the hidden workbook-level name that records the output map.
 * A name of the same name and scope is replaced; every other defined name is kept as written.
 * Read with the shared XML tokenizer and edited at its offsets.
 */
import { SPREADSHEET_NAMESPACES } from "../xml/namespaces";
import { readXml } from "../xml/xml-reader";
import { tagPrefix } from "./start-tag";
import { escapeXml } from "./xml-escape";

export const PRINT_TITLES = "_xlnm.Print_Titles";

/** Children of CT_Workbook that come before `definedNames`, last first. */
const BEFORE_DEFINED_NAMES = ["externalReferences", "functionGroups", "sheets"];

export interface DefinedName {
  name: string;
  /** The sheet's position for a sheet-scoped name; absent for a workbook-level one. */
  localSheetId?: number;
  /** Hidden from Excel's Name Manager, so a person does not edit it by accident. */
  hidden?: boolean;
  formula: string;
}

interface Layout {
  /** `<definedNames>`: its start tag's span, and where its end tag starts. */
  definedNames: { start: number; tagEnd: number; end: number; selfClosing: boolean } | null;
  /** Earlier names of the same name and scope: spans of their whole elements. */
  existing: { start: number; end: number }[];
  /** End offsets of the children that precede `definedNames`, by name. */
  ends: Map<string, number>;
  rootPrefix: string;
}

function readLayout(xml: string, wanted: DefinedName): Layout {
  const layout: Layout = { definedNames: null, existing: [], ends: new Map(), rootPrefix: "" };
  const scope = wanted.localSheetId === undefined ? undefined : String(wanted.localSheetId);
  let depth = 0;
  let current: { start: number; matches: boolean } | null = null;
  readXml(
    xml,
    { part: "xl/workbook.xml", understood: SPREADSHEET_NAMESPACES },
    {
      open(tag) {
        depth += 1;
        if (depth === 1) layout.rootPrefix = tagPrefix(xml.slice(tag.start, tag.end));
        if (depth === 2 && tag.local === "definedNames")
          layout.definedNames = {
            start: tag.start,
            tagEnd: tag.end,
            end: tag.end,
            selfClosing: tag.selfClosing,
          };
        else if (depth === 3 && tag.local === "definedName" && layout.definedNames !== null)
          current = {
            start: tag.start,
            matches:
              tag.attribute("name") === wanted.name && tag.attribute("localSheetId") === scope,
          };
      },
      close(tag) {
        if (depth === 2) {
          if (tag.local === "definedNames" && layout.definedNames !== null && !tag.selfClosing)
            layout.definedNames.end = tag.start;
          layout.ends.set(tag.local, tag.end);
        } else if (depth === 3 && current !== null) {
          if (current.matches) layout.existing.push({ start: current.start, end: tag.end });
          current = null;
        }
        depth -= 1;
      },
    }
  );
  return layout;
}

/** workbook.xml with `definedName` set, replacing any earlier name of the same name and scope. */
export function withDefinedName(workbookXml: string, definedName: DefinedName): string {
  let xml = workbookXml;
  // Earlier ones go, the last first so the offsets before them hold.
  for (const { start, end } of readLayout(xml, definedName).existing.reverse())
    xml = xml.slice(0, start) + xml.slice(end);
  const layout = readLayout(xml, definedName);
  const p = layout.rootPrefix;
  const scope =
    definedName.localSheetId === undefined ? "" : ` localSheetId="${definedName.localSheetId}"`;
  const hidden = definedName.hidden === true ? ' hidden="1"' : "";
  const element =
    `<${p}definedName name="${escapeXml(definedName.name)}"${scope}${hidden}>` +
    `${escapeXml(definedName.formula)}</${p}definedName>`;
  const names = layout.definedNames;
  if (names !== null && !names.selfClosing)
    return xml.slice(0, names.end) + element + xml.slice(names.end);
  if (names !== null) {
    const open = xml.slice(names.start, names.tagEnd).slice(0, -2).trimEnd();
    return `${xml.slice(0, names.start)}${open}>${element}</${p}definedNames>${xml.slice(names.tagEnd)}`;
  }
  const after = BEFORE_DEFINED_NAMES.map((name) => layout.ends.get(name)).find(
    (end) => end !== undefined
  );
  if (after === undefined) throw new Error("workbook.xml has no <sheets> element");
  return `${xml.slice(0, after)}<${p}definedNames>${element}</${p}definedNames>${xml.slice(after)}`;
}

/** `'Credit Log'!$1:$1`: the name always quoted, a quote in it doubled. */
export function printTitlesReference(sheetName: string, first: number, last: number): string {
  return `'${sheetName.split("'").join("''")}'!$${first}:$${last}`;
}

/** workbook.xml with the sheet at `sheetIndex` printing rows `first`..`last` on every page. */
export function withPrintTitles(
  workbookXml: string,
  sheetIndex: number,
  sheetName: string,
  first: number,
  last: number
): string {
  return withDefinedName(workbookXml, {
    name: PRINT_TITLES,
    localSheetId: sheetIndex,
    formula: printTitlesReference(sheetName, first, last),
  });
}
