/**
 * The writer's layout edits on worksheet and workbook XML: the block's widths merged into the
 * user's `<cols>`, the header frozen only where the sheet has no pane, and the print titles as
 * a sheet-scoped defined name. Each result is checked by reading it back with the XML reader.
 */
import { SPREADSHEET_NAMESPACES } from "../../src/file/xml/namespaces";
import { readXml } from "../../src/file/xml/xml-reader";
import { freezeIfUnfrozen, mergedColsXml } from "../../src/file/package-writer/block-layout-xml";
import {
  printTitlesReference,
  withPrintTitles,
} from "../../src/file/package-writer/defined-names-xml";
import type { WorksheetParts } from "../../src/file/package-writer/worksheet-xml";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { patchXlsxPackage } from "../../src/file/index";
import { openXlsxPackageFile } from "../../src/file/index-node";
import { reviewRaw } from "./support/review-sample";
import { partText, sheetPartName } from "./support/xlsx-parts";

const SAMPLE = join(__dirname, "../../assets/sample/credit-desk-sample.xlsx");

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** Every element's name and attributes, in document order. */
function elements(xml: string): { name: string; attributes: Record<string, string> }[] {
  const found: { name: string; attributes: Record<string, string> }[] = [];
  readXml(
    xml,
    { part: "test", understood: SPREADSHEET_NAMESPACES, partial: true },
    {
      open(tag) {
        const attributes: Record<string, string> = {};
        for (const name of [
          "min",
          "max",
          "width",
          "style",
          "ySplit",
          "state",
          "name",
          "localSheetId",
        ]) {
          const value = tag.attribute(name);
          if (value !== undefined) attributes[name] = value;
        }
        found.push({ name: tag.local, attributes });
      },
    }
  );
  return found;
}

function head(inside: string): WorksheetParts {
  return {
    prefix: "",
    head: `<worksheet ${MAIN}>${inside}<sheetData>`,
    data: "",
    tail: "</sheetData></worksheet>",
  };
}

describe("block widths in the user's <cols>", () => {
  test("a user's col spanning the block (B:H, style 3) is split around it (E:F); the others stay", () => {
    const user = head(
      '<cols><col min="1" max="1" width="20" customWidth="1"/><col min="2" max="8" width="9" style="3"/></cols>'
    );
    const cols = mergedColsXml(user.head, "", 5, [14, 22]);
    expect(
      elements(cols)
        .filter((e) => e.name === "col")
        .map((e) => e.attributes)
    ).toEqual([
      { min: "1", max: "1", width: "20" },
      { min: "2", max: "4", width: "9", style: "3" },
      { min: "5", max: "5", width: "14" },
      { min: "6", max: "6", width: "22" },
      { min: "7", max: "8", width: "9", style: "3" },
    ]);
  });

  test("a sheet without <cols> gets the block's columns only", () => {
    const cols = mergedColsXml(head("").head, "", 3, [10]);
    expect(cols).toBe('<cols><col min="3" max="3" width="10" customWidth="1"/></cols>');
  });
});

describe("the header frozen only where the sheet has no pane", () => {
  test("a view without a pane gets one below the header row (row 2)", () => {
    const parts = head('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
    freezeIfUnfrozen(parts, 2);
    const pane = elements(parts.head).find((e) => e.name === "pane");
    expect(pane?.attributes).toEqual({ ySplit: "2", state: "frozen" });
    expect(elements(parts.head).filter((e) => e.name === "sheetView")).toHaveLength(1);
  });

  test("a user's own pane (frozen at C3) is kept as it is", () => {
    const inside =
      '<sheetViews><sheetView workbookViewId="0"><pane xSplit="2" ySplit="2" topLeftCell="C3" state="frozen"/></sheetView></sheetViews>';
    const parts = head(inside);
    freezeIfUnfrozen(parts, 1);
    expect(parts.head).toBe(head(inside).head);
  });

  test("a sheet without views gets one, before <sheetFormatPr>", () => {
    const parts = head('<dimension ref="A1"/><sheetFormatPr defaultRowHeight="15"/>');
    freezeIfUnfrozen(parts, 1);
    expect(elements(parts.head).map((e) => e.name)).toEqual([
      "worksheet",
      "dimension",
      "sheetViews",
      "sheetView",
      "pane",
      "sheetFormatPr",
      "sheetData",
    ]);
  });
});

describe("print titles as a defined name", () => {
  const workbook = (rest: string) =>
    `<workbook ${MAIN}><sheets><sheet name="A" sheetId="1"/><sheet name="Credit Log" sheetId="2"/></sheets>${rest}<calcPr calcId="1"/></workbook>`;

  test("the reference quotes the sheet's name and doubles a quote in it", () => {
    expect(printTitlesReference("Credit Log", 1, 1)).toBe("'Credit Log'!$1:$1");
    expect(printTitlesReference("Bob's", 4, 4)).toBe("'Bob''s'!$4:$4");
  });

  test("a workbook without defined names gets them after <sheets>, before <calcPr>", () => {
    const xml = withPrintTitles(workbook(""), 1, "Credit Log", 1, 1);
    expect(elements(xml).map((e) => e.name)).toEqual([
      "workbook",
      "sheets",
      "sheet",
      "sheet",
      "definedNames",
      "definedName",
      "calcPr",
    ]);
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Credit Log'!$1:$1</definedName>`
    );
  });

  test("the sheet's earlier titles are replaced; the user's names and other sheets' titles stay", () => {
    const names =
      '<definedNames><definedName name="Rates">A!$B$2</definedName>' +
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">A!$1:$1</definedName>' +
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Credit Log\'!$3:$3</definedName></definedNames>';
    const xml = withPrintTitles(workbook(names), 1, "Credit Log", 1, 1);
    const defined = elements(xml).filter((e) => e.name === "definedName");
    expect(defined.map((e) => e.attributes)).toEqual([
      { name: "Rates" },
      { name: "_xlnm.Print_Titles", localSheetId: "0" },
      { name: "_xlnm.Print_Titles", localSheetId: "1" },
    ]);
    expect(xml).not.toContain("$3:$3");
  });
});

describe("the reviewed sample carries the layout of its plan", () => {
  let written: Uint8Array = new Uint8Array();
  beforeAll(async () => {
    const { package: source, raw } = await openXlsxPackageFile(SAMPLE);
    written = (await patchXlsxPackage(source, reviewRaw(raw).plan)).bytes;
  }, 120_000);

  test.each([
    ["Aging", "'Aging'!$4:$4"],
    ["Credit Log", "'Credit Log'!$1:$1"],
    ["Credit Changes", "'Credit Changes'!$4:$4"],
  ])("%s prints landscape, one page wide, repeating %s", (sheet, reference) => {
    const part = partText(written, sheetPartName(written, sheet));
    expect(part).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(part).toContain('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(partText(written, "xl/workbook.xml")).toContain(`${reference}</definedName>`);
  });

  test("the customer block's columns get their widths; the user's columns A:AO keep theirs", () => {
    const original = partText(
      new Uint8Array(readFileSync(SAMPLE)),
      sheetPartName(new Uint8Array(readFileSync(SAMPLE)), "Customers")
    );
    const part = partText(written, sheetPartName(written, "Customers"));
    const userCols = (xml: string) =>
      elements(xml).filter((e) => e.name === "col" && Number(e.attributes.max) <= 41);
    expect(userCols(part)).toEqual(userCols(original));
    const owned = elements(part).filter((e) => e.name === "col" && Number(e.attributes.min) > 41);
    expect(owned).toHaveLength(13);
    // Column AP, after the five contact columns, the credit score: "Credit score" (12) + 2.
    expect(owned[0].attributes).toEqual({ min: "42", max: "42", width: "14" });
  });
});
