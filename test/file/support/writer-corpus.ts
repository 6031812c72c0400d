/**
 * The round-trip corpus: one workbook per program that writes .xlsx files in the wild, made at
 * test time by that program (nothing copied from elsewhere), plus valid packages with the
 * shapes that once came out corrupted (comments and CDATA in a sheet, a UTF-16 sheet part,
 * rows out of order or split in two, slicers, Markup Compatibility in a sheet).
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as XLSX from "xlsx";
import { writeCorpusSpec, type CorpusSpec, type SpecValue } from "./corpus-spec";
import { runTool } from "./external-tool";

export const SYSTEM_PYTHON = "/usr/bin/python3";
const ROOT = resolve(__dirname, "../../..");
const WRITERS = join(ROOT, "test/file/writers");
export const SAMPLE_BOOK = join(ROOT, "assets/sample/credit-desk-sample.xlsx");

export interface CorpusBook {
  /** Which program wrote it, or which shape it has. */
  name: string;
  path: string;
  /** The user sheets whose every original cell must come back unchanged. */
  userSheets: string[];
  /** Cells that hold rich text: exceljs must read the same runs in the output. */
  richTextCells: { sheet: string; address: string }[];
}

export function run(command: string, args: string[], timeout = 120_000): string {
  return runTool(command, args, { timeout });
}

const USER_SHEETS = ["Customers", "Receivables", "Notes"];

function python(script: string, args: string[]): void {
  run(SYSTEM_PYTHON, [join(WRITERS, script), ...args]);
}

function excelDate(serial: number): Date {
  // Excel serial 25569 is 1970-01-01 (the 1900 system, past its phantom leap day).
  return new Date((serial - 25569) * 86_400_000);
}

async function writeWithExcelJs(spec: CorpusSpec, path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const customers = book.addWorksheet("Customers");
  spec.customers.forEach((row) => customers.addRow(row));
  customers.getRow(1).font = { bold: true };
  const name = String(spec.customers[1][1]);
  customers.getCell("B2").value = {
    richText: [
      { text: name.slice(0, 8), font: { bold: true } },
      { text: name.slice(8), font: { italic: true, color: { argb: "FFC00000" } } },
    ],
  };
  const receivables = book.addWorksheet("Receivables");
  const width = spec.receivables[0].length;
  spec.receivables.forEach((row, index) => {
    const values = row.map((value, column) =>
      index > 0 && typeof value === "number" && spec.receivableDateColumns.includes(column)
        ? excelDate(value)
        : value
    );
    const added = receivables.addRow(
      index === 0 ? [...values, "Half"] : [...values, { formula: `E${index + 1}/2` }]
    );
    if (index > 0)
      for (const column of spec.receivableAmountColumns)
        added.getCell(column + 1).numFmt = "#,##0.00";
  });
  receivables.getCell(1, width + 1).fill = {
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: "FFFFF2CC" },
  };
  const notes = book.addWorksheet("Notes");
  notes.mergeCells("A1:C2");
  notes.getCell("A1").value = {
    richText: [{ text: "Credit " }, { text: "notes", font: { underline: true, bold: true } }],
  };
  notes.getCell("A3").value = { formula: "SUM(Receivables!E2:E19)" };
  notes.getCell("A3").border = { bottom: { style: "double", color: { argb: "FF000000" } } };
  await book.xlsx.writeFile(path);
}

function writeWithSheetJs(spec: CorpusSpec, path: string): void {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(spec.customers), "Customers");
  const receivables = XLSX.utils.aoa_to_sheet(
    spec.receivables.map((row: SpecValue[], index) => [...row, index === 0 ? "Margin" : null])
  );
  const width = spec.receivables[0].length;
  for (let row = 2; row <= spec.receivables.length; row += 1)
    receivables[XLSX.utils.encode_cell({ r: row - 1, c: width })] = {
      t: "n",
      f: `E${row}*0.1`,
    };
  XLSX.utils.book_append_sheet(book, receivables, "Receivables");
  const notes = XLSX.utils.aoa_to_sheet([
    ["Credit notes", null, null],
    ["Owner", "M. Chen"],
  ]);
  notes["!merges"] = [XLSX.utils.decode_range("A1:C1")];
  XLSX.utils.book_append_sheet(book, notes, "Notes");
  writeFileSync(path, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
}

/** LibreOffice saves the xlsxwriter book again with its own filter. */
function resaveWithLibreOffice(input: string, outDir: string): string {
  // A private LibreOffice profile beside the corpus, removed with it.
  const profile = mkdtempSync(join(outDir, "..", "lo-profile-"));
  run("soffice", [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    outDir,
    input,
  ]);
  const written = join(outDir, input.split("/").pop() as string);
  const path = join(outDir, "..", "libreoffice.xlsx");
  renameSync(written, path);
  return path;
}

async function rewriteParts(
  input: string,
  output: string,
  edit: (zip: JSZip) => Promise<void>
): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(input));
  await edit(zip);
  writeFileSync(output, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

async function textOf(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (file === null) throw new Error(`the corpus book has no part ${name}`);
  return file.async("string");
}

const RECEIVABLES_PART = "xl/worksheets/sheet2.xml";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const X15 = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main";
const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";

/** A table slicer as Excel writes one (slicer and cache parts, extLst entries), Excel 2010 row attributes, and form controls behind mc:AlternateContent. */
async function addSlicer(zip: JSZip): Promise<void> {
  zip.file(
    "xl/slicers/slicer1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<slicers xmlns="${X14}" xmlns:mc="${MC}" mc:Ignorable="x" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><slicer name="Customer ID" cache="Slicer_Customer_ID" caption="Customer ID" rowHeight="241300"/></slicers>`
  );
  zip.file(
    "xl/slicers/_rels/slicer1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`
  );
  zip.file(
    "xl/slicerCaches/slicerCache1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<slicerCacheDefinition xmlns="${X14}" xmlns:mc="${MC}" mc:Ignorable="x" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="Slicer_Customer_ID" sourceName="Customer ID"><extLst><x:ext uri="{2F2917AC-EB37-4324-AD4E-5DD8C200BD13}" xmlns:x15="${X15}"><x15:tableSlicerCache tableId="1" column="1"/></x:ext></extLst></slicerCacheDefinition>`
  );
  let types = await textOf(zip, "[Content_Types].xml");
  types = types.replace(
    "</Types>",
    '<Override PartName="/xl/slicers/slicer1.xml" ContentType="application/vnd.ms-excel.slicer+xml"/>' +
      '<Override PartName="/xl/slicerCaches/slicerCache1.xml" ContentType="application/vnd.ms-excel.slicerCache+xml"/></Types>'
  );
  zip.file("[Content_Types].xml", types);
  let workbookRels = await textOf(zip, "xl/_rels/workbook.xml.rels");
  workbookRels = workbookRels.replace(
    "</Relationships>",
    '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2007/relationships/slicerCache" Target="slicerCaches/slicerCache1.xml"/></Relationships>'
  );
  zip.file("xl/_rels/workbook.xml.rels", workbookRels);
  let workbook = await textOf(zip, "xl/workbook.xml");
  workbook = workbook.replace(
    "</workbook>",
    `<extLst><ext uri="{46BE6895-7355-4a93-B00E-2C351335B9C9}" xmlns:x15="${X15}"><x15:slicerCaches xmlns:x14="${X14}"><x14:slicerCache r:id="rId90"/></x15:slicerCaches></ext></extLst></workbook>`
  );
  zip.file("xl/workbook.xml", workbook);
  const sheetRelsPath = "xl/worksheets/_rels/sheet2.xml.rels";
  let sheetRels = await textOf(zip, sheetRelsPath);
  sheetRels = sheetRels.replace(
    "</Relationships>",
    '<Relationship Id="rId91" Type="http://schemas.microsoft.com/office/2007/relationships/slicer" Target="../slicers/slicer1.xml"/></Relationships>'
  );
  zip.file(sheetRelsPath, sheetRels);
  let sheet = await textOf(zip, RECEIVABLES_PART);
  sheet = sheet
    .replace(
      "<worksheet ",
      `<worksheet xmlns:mc="${MC}" xmlns:x14ac="${X14AC}" mc:Ignorable="x14ac" `
    )
    .replace(/<row r="(\d+)"/g, '<row r="$1" x14ac:dyDescent="0.25"')
    .replace(
      "<tableParts",
      `<mc:AlternateContent><mc:Choice xmlns:x14="${X14}" Requires="x14"><x14:note xmlns:x14="${X14}">shown by Excel 2010 and later</x14:note></mc:Choice><mc:Fallback/></mc:AlternateContent><tableParts`
    )
    .replace(
      "</worksheet>",
      `<extLst><ext uri="{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}" xmlns:x14="${X14}"><x14:slicerList><x14:slicer r:id="rId91"/></x14:slicerList></ext></extLst></worksheet>`
    );
  zip.file(RECEIVABLES_PART, sheet);
}

/** Comments (holding what looks like a row, a dimension, a rule, cell formats) and a CDATA section in the receivables rows. */
async function addCommentsAndCdata(zip: JSZip): Promise<void> {
  const sheet = (await textOf(zip, RECEIVABLES_PART))
    .replace(
      '<row r="3"',
      '<!-- checked by hand: <row r="3"><c r="J3"><v>1</v></c></row> --><row r="3"'
    )
    .replace(
      /<c r="H1"[^>]*>.*?<\/c>/,
      '<c r="H1" s="1" t="inlineStr"><is><t><![CDATA[Double <x2> & </row>]]></t></is></c>'
    )
    .replace("<sheetData>", "<sheetData><!-- rows follow -->")
    .replace("<dimension ", '<!-- <dimension ref="A1:ZZ999"/> --><dimension ')
    .replace(
      "<pageMargins",
      '<!-- <conditionalFormatting sqref="I1:Z99"></conditionalFormatting> --><pageMargins'
    );
  zip.file(RECEIVABLES_PART, sheet);
  // A comment in the styles that looks like more cell formats than there are.
  const styles = (await textOf(zip, "xl/styles.xml")).replace(
    "<cellXfs",
    '<!-- <cellXfs count="40"><xf numFmtId="0"/></cellXfs> --><cellXfs'
  );
  zip.file("xl/styles.xml", styles);
}

/** The receivables sheet as UTF-16 (little endian, with a byte-order mark), as its declaration says. */
async function encodeUtf16(zip: JSZip): Promise<void> {
  const sheet = (await textOf(zip, RECEIVABLES_PART)).replace(
    'encoding="UTF-8"',
    'encoding="UTF-16"'
  );
  zip.file(
    RECEIVABLES_PART,
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, "utf16le")])
  );
}

/** Rows 3 and 4 swapped, and row 5 split in two `<row>` elements, the second after row 6. */
async function disorderRows(zip: JSZip): Promise<void> {
  const sheet = await textOf(zip, RECEIVABLES_PART);
  const rowText = (number: number) => {
    const match = new RegExp(`<row r="${number}"[^>]*>.*?</row>`).exec(sheet);
    if (!match) throw new Error(`row ${number} not found in the corpus book`);
    return match[0];
  };
  const [three, four, five, six] = [3, 4, 5, 6].map(rowText);
  const cut = five.indexOf('<c r="E5"');
  const fiveLeft = `${five.slice(0, cut)}</row>`;
  const fiveRight = `${five.slice(0, five.indexOf(">") + 1)}${five.slice(cut)}`;
  zip.file(
    RECEIVABLES_PART,
    sheet.replace(three + four + five + six, four + three + fiveLeft + six + fiveRight)
  );
}

export async function buildCorpus(dir: string): Promise<CorpusBook[]> {
  mkdirSync(dir, { recursive: true });
  const spec = join(dir, "spec.json");
  const tables = writeCorpusSpec(spec);
  const at = (name: string) => join(dir, `${name}.xlsx`);
  python("openpyxl_book.py", [spec, at("openpyxl")]);
  python("xlsxwriter_book.py", [spec, at("xlsxwriter")]);
  python("xlsxwriter_book.py", [spec, at("xlsxwriter-table"), "--table"]);
  await writeWithExcelJs(tables, at("exceljs"));
  writeWithSheetJs(tables, at("sheetjs"));
  const loDir = join(dir, "lo");
  mkdirSync(loDir, { recursive: true });
  resaveWithLibreOffice(at("xlsxwriter"), loDir);
  await rewriteParts(at("xlsxwriter-table"), at("slicer"), addSlicer);
  await rewriteParts(at("xlsxwriter"), at("comments-cdata"), addCommentsAndCdata);
  await rewriteParts(at("xlsxwriter"), at("utf16-sheet"), encodeUtf16);
  await rewriteParts(at("xlsxwriter"), at("rows-out-of-order"), disorderRows);
  const book = (name: string, rich: CorpusBook["richTextCells"] = []): CorpusBook => ({
    name,
    path: at(name),
    userSheets: USER_SHEETS,
    richTextCells: rich,
  });
  const xlsxwriterRich = [
    { sheet: "Customers", address: "B2" },
    { sheet: "Notes", address: "A2" },
  ];
  return [
    book("openpyxl"),
    book("xlsxwriter", xlsxwriterRich),
    book("libreoffice"),
    book("sheetjs"),
    book("exceljs", [
      { sheet: "Customers", address: "B2" },
      { sheet: "Notes", address: "A1" },
    ]),
    book("slicer", xlsxwriterRich),
    book("comments-cdata", xlsxwriterRich),
    // exceljs cannot read a UTF-16 part: the rich text of this one is checked through openpyxl only.
    book("utf16-sheet"),
    book("rows-out-of-order", xlsxwriterRich),
    {
      name: "sample (Excel-like)",
      path: SAMPLE_BOOK,
      userSheets: ["Customers", "Receivables", "Orders"],
      richTextCells: [],
    },
  ];
}
