/**
 * A column block written inside an Excel Table's header row: each header cell of the Table must
 * still equal its `<tableColumn name>` (else Excel repairs the file and may drop the Table).
 */
import ExcelJS from "exceljs";
import { tableHeaderEdit, readTableHeader } from "../../src/file/package-writer/table-header-names";
import type { ColumnBlockPlan } from "../../src/workbook/plan";
import { bytesOf, load, patchBytes, zipParts } from "./support/patch-helpers";

/**
 * Customers A1:C3 and what an earlier review left in D1:F3 (the old block was three columns
 * wide), all under the user's Table "CustAll" A1:F3. The user's own column C is called "Score".
 */
async function tableBook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Customers");
  sheet.addTable({
    name: "CustAll",
    ref: "A1",
    headerRow: true,
    columns: ["Customer ID", "Name", "Score", "Credit score", "Credit grade", "Old column"].map(
      (name) => ({ name })
    ),
    rows: [
      ["C1", "Kite", 7, 97, "A", "x"],
      ["C2", "Mesa", 5, 85, "B", "y"],
    ],
  });
  return bytesOf(book);
}

/** The new review writes two columns in Chinese where the old block of three was. */
function block(headers: string[]): ColumnBlockPlan {
  return {
    sheet: "Customers",
    role: "customers",
    headerRow: 1,
    firstColumn: 4,
    keys: ["score", "grade"],
    headers,
    rows: [
      [97, "A"],
      [85, "B"],
    ],
    numberFormats: ["0", "@"],
    clearRowsBelow: 0,
    clearColumnsRight: 1,
    conditionalFormats: [],
  };
}

function tableColumnNames(bytes: Uint8Array): string[] {
  const [path] = [...zipParts(bytes).keys()].filter(
    (name) => name.startsWith("xl/tables/") && name.endsWith(".xml")
  );
  const header = readTableHeader(zipParts(bytes).get(path)?.data.toString("utf8") ?? "", path);
  return header?.columns.map((column) => column.name) ?? [];
}

async function headerCells(bytes: Uint8Array): Promise<unknown[]> {
  const sheet = (await load(bytes)).getWorksheet("Customers");
  return [1, 2, 3, 4, 5, 6].map((column) => sheet?.getCell(1, column).value ?? null);
}

describe("a block whose header row lies in an Excel Table", () => {
  test("our headers rename the Table's columns; a cleared header cell in the Table is kept", async () => {
    const input = await tableBook();
    expect(tableColumnNames(input)).toEqual([
      "Customer ID",
      "Name",
      "Score",
      "Credit score",
      "Credit grade",
      "Old column",
    ]);
    const plan = { columnBlocks: [block(["信用评分", "信用等级"])], sheets: [], activate: null };
    const { bytes } = await patchBytes(input, plan);
    const names = ["Customer ID", "Name", "Score", "信用评分", "信用等级", "Old column"];
    expect(tableColumnNames(bytes)).toEqual(names);
    expect(await headerCells(bytes)).toEqual(names);
    // The old third column's values below the header are cleared all the same.
    const sheet = (await load(bytes)).getWorksheet("Customers");
    expect([sheet?.getCell("F2").value ?? null, sheet?.getCell("F3").value ?? null]).toEqual([
      null,
      null,
    ]);
    expect(sheet?.getCell("D2").value).toBe(97);
  });

  test("a header equal to a user's column of the Table (case aside) is made unique, cell and name alike", async () => {
    const plan = { columnBlocks: [block(["score", "Grade"])], sheets: [], activate: null };
    const { bytes } = await patchBytes(await tableBook(), plan);
    const names = ["Customer ID", "Name", "Score", "score 2", "Grade", "Old column"];
    expect(tableColumnNames(bytes)).toEqual(names);
    expect(await headerCells(bytes)).toEqual(names);
  });
});

describe("tableHeaderEdit", () => {
  const xml =
    '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" ref="B2:D5">' +
    '<tableColumns count="3"><tableColumn id="1" name="Id"/><tableColumn id="2" name="A &amp; B"/>' +
    '<tableColumn id="3" name="Old"/></tableColumns></table>';
  const table = readTableHeader(xml, "xl/tables/table1.xml");

  test("reads the header row, first column and names of a table part", () => {
    expect(table?.headerRow).toBe(2);
    expect(table?.firstColumn).toBe(2);
    expect(table?.columns.map((column) => column.name)).toEqual(["Id", "A & B", "Old"]);
  });

  test("a block in another row touches no name and keeps no cell; a table without header row is none", () => {
    if (table === null) throw new Error("no table");
    const cleared = [{ top: 3, left: 3, bottom: 5, right: 4 }];
    const edit = tableHeaderEdit([table], { row: 3, firstColumn: 3, headers: ["X"] }, cleared);
    expect(edit.parts.size).toBe(0);
    expect(edit.keep).toEqual([]);
    expect(readTableHeader(xml.replace('ref="B2:D5"', 'ref="B2:D5" headerRowCount="0"'), "t")).toBe(
      null
    );
  });

  test("the written column is renamed in the part's text, escaped, the rest kept byte for byte", () => {
    if (table === null) throw new Error("no table");
    const cleared = [{ top: 2, left: 3, bottom: 5, right: 4 }];
    const edit = tableHeaderEdit([table], { row: 2, firstColumn: 3, headers: ["<new>"] }, cleared);
    expect(edit.parts.get("xl/tables/table1.xml")).toBe(
      xml.replace('name="A &amp; B"', 'name="&lt;new&gt;"')
    );
    expect(edit.headerText).toEqual(new Map([[3, "<new>"]]));
    expect(edit.keep).toEqual([{ top: 2, left: 4, bottom: 2, right: 4 }]);
  });
});
