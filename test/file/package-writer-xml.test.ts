/**
 * The writer's edits of package XML, on the shared tokenizer: one start tag's attributes, the
 * relationships and content types, and the sheet list of workbook.xml as openpyxl, xlsxwriter
 * and Strict writers shape it. Each expected text is written out in full, to be read by eye.
 */
import {
  addRelationship,
  freeRelationshipId,
  removeRelationship,
  withOverride,
  withoutOverride,
} from "../../src/file/package-writer/package-xml";
import {
  relationshipsOf,
  relationshipsPath,
  workbookPartPath,
} from "../../src/file/package-relationships";
import {
  attributeSpans,
  withAttribute,
  withoutAttribute,
} from "../../src/file/package-writer/start-tag";
import { declaredAsUtf8 } from "../../src/file/package-writer/utf8-part-text";
import {
  sheetEntries,
  withActiveTab,
  withNewSheet,
  withSheetNameAndState,
} from "../../src/file/package-writer/workbook-xml";
import { readXml } from "../../src/file/xml/xml-reader";
import { SPREADSHEET_NAMESPACES } from "../../src/file/xml/namespaces";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Throws when the text is not namespace-well-formed (an unbound prefix, say). */
function wellFormed(xml: string): void {
  readXml(xml, { part: "test.xml", understood: SPREADSHEET_NAMESPACES }, {});
}

describe("one start tag's attributes", () => {
  test("are found with their spans, whatever the quotes and spacing", () => {
    const tag = `<sheet  name='A "quoted"' sheetId = "2"\n r:id="rId1"/>`;
    expect(attributeSpans(tag).map((span) => [span.name, tag.slice(span.start, span.end)])).toEqual(
      [
        ["name", `  name='A "quoted"'`],
        ["sheetId", ` sheetId = "2"`],
        ["r:id", `\n r:id="rId1"`],
      ]
    );
  });

  test("are set in place, appended, or removed, the rest kept as written", () => {
    const tag = `<row r="3" spans='1:4' x14ac:dyDescent="0.25">`;
    expect(withoutAttribute(tag, "spans")).toBe(`<row r="3" x14ac:dyDescent="0.25">`);
    expect(withAttribute(tag, "r", "4")).toBe(`<row r="4" spans='1:4' x14ac:dyDescent="0.25">`);
    expect(withAttribute(`<c s="1"/>`, "r", "B2")).toBe(`<c s="1" r="B2"/>`);
    expect(withAttribute(`<sheet name="a"/>`, "name", "R&D <1>")).toBe(
      `<sheet name="R&amp;D &lt;1&gt;"/>`
    );
  });

  test("a UTF-16 declaration is made to name UTF-8, the text kept", () => {
    expect(declaredAsUtf8(`<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\n<a/>`)).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a/>`
    );
    expect(declaredAsUtf8(`<?xml version="1.0"?><a/>`)).toBe(`<?xml version="1.0"?><a/>`);
  });
});

describe("relationships, read by the tokenizer", () => {
  // Attributes in another order, single quotes, a comment holding a fake entry, a prefixed element.
  const rels =
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<pr:Relationships xmlns:pr="${PKG}">` +
    `<!-- <Relationship Id="rId9" Type="x/worksheet" Target="fake.xml"/> -->` +
    `<pr:Relationship Target='/xl/worksheets/sheet1.xml' Type="${REL}/worksheet" Id="rId1"/>` +
    `<pr:Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"></pr:Relationship>` +
    `<pr:Relationship Id="rId3" Type="${REL}/hyperlink" Target="https://example.com/a?b=1&amp;c=2" TargetMode="External"/>` +
    `</pr:Relationships>`;

  test("every entry, targets resolved, none from a comment", () => {
    expect(
      relationshipsOf("xl/workbook.xml", rels).map(({ id, kind, path, external }) => ({
        id,
        kind,
        path,
        external,
      }))
    ).toEqual([
      { id: "rId1", kind: "worksheet", path: "xl/worksheets/sheet1.xml", external: false },
      { id: "rId2", kind: "styles", path: "xl/styles.xml", external: false },
      { id: "rId3", kind: "hyperlink", path: "https://example.com/a?b=1&c=2", external: true },
    ]);
    expect(freeRelationshipId(rels)).toBe("rId4");
  });

  test("the package relationships name the workbook part; an external or absent one is not it", () => {
    const packageRels = (target: string, mode = "") =>
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${target}"${mode}/></Relationships>`;
    expect(workbookPartPath(packageRels("/xl/book.xml"))).toBe("xl/book.xml");
    expect(workbookPartPath(packageRels("other/./wb.xml"))).toBe("other/wb.xml");
    expect(workbookPartPath(packageRels("https://x.example/w.xml", ' TargetMode="External"'))).toBe(
      "xl/workbook.xml"
    );
    expect(workbookPartPath(null)).toBe("xl/workbook.xml");
    expect(relationshipsPath("xl/worksheets/sheet1.xml")).toBe(
      "xl/worksheets/_rels/sheet1.xml.rels"
    );
  });

  test("an entry removed (an element with an end tag too) and one added, the rest as written", () => {
    const removed = removeRelationship(rels, "rId2");
    expect(removed).toBe(rels.replace(/<pr:Relationship Id="rId2".*?<\/pr:Relationship>/, ""));
    const added = addRelationship(removed, "rId4", `${REL}/drawing`, "../drawings/drawing1.xml");
    expect(added).toBe(
      removed.replace(
        "</pr:Relationships>",
        `<pr:Relationship Id="rId4" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></pr:Relationships>`
      )
    );
    // Written with the root's prefix, the new element is a relationship to a reader too.
    expect(relationshipsOf("xl/worksheets/sheet1.xml", added).map((entry) => entry.path)).toEqual([
      "xl/worksheets/sheet1.xml",
      "https://example.com/a?b=1&c=2",
      "xl/drawings/drawing1.xml",
    ]);
  });

  test("an empty list `<Relationships/>` is opened to take an entry", () => {
    expect(addRelationship(`<Relationships xmlns="${PKG}"/>`, "rId1", "t", "a.xml")).toBe(
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="t" Target="a.xml"/></Relationships>`
    );
  });

  test("content type overrides: replaced in place (part names ignore case), added, removed", () => {
    const types =
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override ContentType="old" PartName="/XL/Worksheets/Sheet1.xml"/>` +
      `</Types>`;
    expect(withOverride(types, "xl/worksheets/sheet1.xml", "new")).toBe(
      types.replace(
        `<Override ContentType="old" PartName="/XL/Worksheets/Sheet1.xml"/>`,
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="new"/>`
      )
    );
    expect(withOverride(types, "xl/charts/chart1.xml", "chart")).toBe(
      types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart1.xml" ContentType="chart"/></Types>`
      )
    );
    expect(withoutOverride(types, "xl/worksheets/sheet1.xml")).toBe(
      types.replace(`<Override ContentType="old" PartName="/XL/Worksheets/Sheet1.xml"/>`, "")
    );
  });
});

describe("workbook.xml's sheet list", () => {
  const openpyxl =
    `<workbook xmlns="${MAIN}"><bookViews><workbookView firstSheet="1" activeTab="1"/></bookViews>` +
    `<sheets><sheet xmlns:r="${REL}" name="Customers" sheetId="1" state="visible" r:id="rId1"/></sheets></workbook>`;
  const xlsxwriter =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheets><sheet name="Customers" sheetId="1" r:id="rId1"/></sheets></workbook>`;

  test("openpyxl binds the prefix on each sheet only: a new sheet declares it on itself", () => {
    const written = withNewSheet(openpyxl, "Aging", 2, "rId9", "visible");
    expect(written).toContain(
      `<sheet name="Aging" sheetId="2" xmlns:r="${REL}" r:id="rId9"/></sheets>`
    );
    expect(() => wellFormed(written)).not.toThrow();
    expect(sheetEntries(written).map((entry) => [entry.name, entry.relationshipId])).toEqual([
      ["Customers", "rId1"],
      ["Aging", "rId9"],
    ]);
  });

  test("xlsxwriter binds r on the root: the new sheet uses it", () => {
    const written = withNewSheet(xlsxwriter, "Map", 2, "rId5", "veryHidden");
    expect(written).toContain(
      `<sheet name="Map" sheetId="2" state="veryHidden" r:id="rId5"/></sheets>`
    );
    expect(() => wellFormed(written)).not.toThrow();
  });

  test("a prefix other than r, and a Strict workbook, are understood", () => {
    const strict =
      `<x:workbook xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:rel="http://purl.oclc.org/ooxml/officeDocument/relationships">` +
      `<x:sheets><x:sheet name="Customers" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    expect(sheetEntries(strict)[0].relationshipId).toBe("rId1");
    const written = withNewSheet(strict, "Aging", 2, "rId2", "visible");
    expect(written).toContain(
      `<x:sheet name="Aging" sheetId="2" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships" r:id="rId2"/></x:sheets>`
    );
    expect(() => wellFormed(written)).not.toThrow();
  });

  test("renaming keeps the entry's other attributes; the tab shown drops firstSheet", () => {
    expect(withSheetNameAndState(openpyxl, 0, "Clients", "veryHidden")).toContain(
      `<sheet xmlns:r="${REL}" name="Clients" sheetId="1" state="veryHidden" r:id="rId1"/>`
    );
    expect(withSheetNameAndState(openpyxl, 0, "Customers", "visible")).toContain(
      `<sheet xmlns:r="${REL}" name="Customers" sheetId="1" r:id="rId1"/>`
    );
    expect(withActiveTab(openpyxl, 0)).toContain(`<workbookView activeTab="0"/>`);
    expect(withActiveTab(xlsxwriter, 0)).toContain(
      `<bookViews><workbookView activeTab="0"/></bookViews><sheets>`
    );
  });
});
