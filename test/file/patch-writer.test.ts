/**
 * The package writer on a small workbook whose every cell can be checked by eye (hand-plan.ts):
 * the written file is reopened with exceljs, an independent reader, and its parts are compared
 * with the input's byte for byte.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PLAN_MESSAGES, PlanApplyError } from "../../src/file/index";
import type { OutputPlan } from "../../src/workbook/plan";
import {
  DARK_RED,
  FORMULA_LIKE_TEXTS,
  GREEN,
  handPlan,
  USER_NOTE,
  USER_RANGE,
  userWorkbook,
} from "./support/hand-plan";
import { bytesOf, load, patchBytes, zipParts } from "./support/patch-helpers";
import { partText, sheetPartName } from "./support/xlsx-parts";

interface RuleModel {
  type: string;
  operator?: string;
  formulae?: string[];
  style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
  color?: { argb?: string } | { argb?: string }[];
  cfvo?: { type: string; value?: number }[];
}

function rulesOf(sheet: ExcelJS.Worksheet): { ref: string; rule: RuleModel }[] {
  const formats = (
    sheet as unknown as { conditionalFormattings: { ref: string; rules: RuleModel[] }[] }
  ).conditionalFormattings;
  return formats.flatMap((format) => format.rules.map((rule) => ({ ref: format.ref, rule })));
}

function snapshot(cell: ExcelJS.Cell): string {
  return JSON.stringify({ value: cell.value, style: cell.style, type: cell.type });
}

function userCells(sheet: ExcelJS.Worksheet): Map<string, string> {
  const cells = new Map<string, string>();
  for (let row = USER_RANGE.top; row <= USER_RANGE.bottom; row += 1)
    for (let column = USER_RANGE.left; column <= USER_RANGE.right; column += 1)
      cells.set(`${row}/${column}`, snapshot(sheet.getCell(row, column)));
  cells.set("note", snapshot(sheet.getCell(USER_NOTE.row, USER_NOTE.column)));
  return cells;
}

const sheetOf = (workbook: ExcelJS.Workbook, name: string) =>
  workbook.getWorksheet(name) as ExcelJS.Worksheet;

async function patched(plan: OutputPlan = handPlan()) {
  const inputBytes = await bytesOf(userWorkbook());
  const result = await patchBytes(inputBytes, plan);
  return {
    inputBytes,
    input: await load(inputBytes),
    output: await load(result.bytes),
    outputBytes: result.bytes,
    result,
  };
}

describe("the package writer: the plan applied by patching the .xlsx", () => {
  test("the column block: marked headers, values with their formats, leftovers of an earlier review cleared", async () => {
    const { output } = await patched();
    const sheet = sheetOf(output, "Customers");
    expect(
      [1, 2, 3, 4].map((row) => [4, 5, 6].map((column) => sheet.getCell(row, column).value))
    ).toEqual([
      ["Score", "Grade", "Status"],
      [97, "A", "OK"],
      [85.2, "B", "REDUCE"],
      [40, "D", "SUSPEND"],
    ]);
    expect(sheet.getCell("D1").font).toMatchObject({ bold: true, color: { argb: "FF1F3864" } });
    expect(sheet.getCell("D1").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9E1F2" },
    });
    expect(sheet.getCell("D3").numFmt).toBe("0.0");
    expect(sheet.getCell("E3").numFmt).toBe("@");
    // Rows 5-6 of the old block (D..G) and its fifth column (H, rows 1-6) are empty again.
    for (const address of ["D5", "G5", "D6", "G6", "H1", "H4", "H6"])
      expect(sheet.getCell(address).value).toBeNull();
  });

  test("text that looks like a formula is an inline string, never a formula (BAD-INPUTS #21)", async () => {
    const { output, outputBytes } = await patched();
    const sheet = sheetOf(output, "Customers");
    expect(["G2", "G3", "G4"].map((address) => sheet.getCell(address).value)).toEqual(
      FORMULA_LIKE_TEXTS
    );
    const xml = partText(outputBytes, sheetPartName(outputBytes, "Customers"));
    // The only formula of the sheet is still the user's own C4.
    expect(xml.match(/<f[ >]/g)).toHaveLength(1);
    expect(xml).toMatch(/<c r="C4"[^>]*><f>C3\*2<\/f>/);
    // Whatever its style number, G2 holds the text, escaped, as an inline string.
    expect(xml).toMatch(
      /<c r="G2" s="\d+" t="inlineStr"><is><t>=HYPERLINK\(&quot;http:\/\/example\.com&quot;,&quot;click&quot;\)<\/t><\/is><\/c>/
    );
  });

  test("every cell the user owns is identical after the plan is applied", async () => {
    const { input, output } = await patched();
    const before = userCells(sheetOf(input, "Customers"));
    const after = userCells(sheetOf(output, "Customers"));
    expect(after.size).toBe(13);
    expect(after).toEqual(before);
    expect(sheetOf(output, "Notes").getCell("A1").value).toBe("the user's own sheet after ours");
  });

  test("conditional formats: the user's rule kept, the earlier review's replaced by the plan's", async () => {
    const { output, outputBytes } = await patched();
    const rules = rulesOf(sheetOf(output, "Customers"));
    expect(rules.map(({ ref, rule }) => [ref, rule.type, rule.operator, rule.formulae])).toEqual([
      ["C2:C4", "cellIs", "greaterThan", ["600000"]],
      ["E2:E4", "cellIs", "equal", ['"A"']],
      ["F2:F4", "cellIs", "equal", ['"say ""SUSPEND"""']],
      ["D2:D4", "cellIs", "lessThan", ["60"]],
    ]);
    expect(rules[1].rule.style?.fill?.bgColor?.argb).toBe("FFC6EFCE");
    expect(rules[1].rule.style?.font?.color?.argb).toBe("FF006100");
    // Schema order: the rules come after sheetData and before pageMargins.
    const xml = partText(outputBytes, sheetPartName(outputBytes, "Customers"));
    expect(xml.indexOf("</sheetData>")).toBeLessThan(xml.indexOf("<conditionalFormatting"));
    expect(xml.lastIndexOf("</conditionalFormatting>")).toBeLessThan(xml.indexOf("<pageMargins"));
  });

  test("owned sheets: replaced in place and renamed, appended below what is kept, the map very hidden", async () => {
    const { output } = await patched();
    expect(output.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["Customers", "visible"],
      ["Credit Log", "visible"],
      ["Aging", "visible"],
      ["Notes", "visible"],
      ["CreditDesk_Meta", "veryHidden"],
    ]);
    const aging = sheetOf(output, "Aging");
    expect(aging.getCell("A1").value).toBe("Customer ID");
    expect(aging.getCell("C2").value).toBe(1200);
    expect(aging.getCell("C2").numFmt).toBe("#,##0.00");
    expect(aging.getCell("G3").numFmt).toBe("0.0%");
    expect(aging.getCell("B4").font).toMatchObject({ bold: true });
    expect(aging.getCell("F4").numFmt).toBe("#,##0.00");
    expect(aging.getCell("F4").font).toMatchObject({ bold: true });
    expect(aging.getCell("B2").font?.bold).toBeFalsy();
    expect(aging.getColumn(2).width).toBe(32);
    expect(aging.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const log = sheetOf(output, "Credit Log");
    expect([1, 2, 3].map((row) => log.getCell(row, 3).value)).toEqual(["Grade", "A", "A"]);
    expect(log.getCell("A2").value).toBe("2026-03-31");
    expect(log.getCell("A3").value).toBe("2026-06-30");
    expect(sheetOf(output, "CreditDesk_Meta").getCell("B2").numFmt).toBe("@");
  });

  test("the aging sheet's rules carry the palette: green for not due, dark red for the oldest", async () => {
    const { output } = await patched();
    const rules = rulesOf(sheetOf(output, "Aging"));
    expect(rules.map(({ ref, rule }) => [ref, rule.type])).toEqual([
      ["C2:C4", "cellIs"],
      ["D2:D4", "cellIs"],
      ["E2:E4", "cellIs"],
      ["F2:F3", "dataBar"],
      ["G2:G3", "colorScale"],
    ]);
    expect(rules[0].rule.style?.fill?.bgColor?.argb).toBe(`FF${GREEN.slice(1)}`);
    expect(rules[2].rule.style?.fill?.bgColor?.argb).toBe(`FF${DARK_RED.slice(1)}`);
    expect(rules[1].rule).toMatchObject({ operator: "between", formulae: ["1", "1000"] });
    expect(rules[4].rule.cfvo?.map((point) => point.type)).toEqual(["min", "percentile", "max"]);
    expect(rules[4].rule.color).toEqual([
      { argb: "FFFFFFFF" },
      { argb: "FFFFEB84" },
      { argb: "FFF8696B" },
    ]);
  });

  test("the column chart is a real chart part on the aging sheet, and the aging sheet is the one shown", async () => {
    const { output, outputBytes, result } = await patched();
    expect(result.skipped).toEqual([]);
    const parts = zipParts(outputBytes);
    const chart = parts.get("xl/charts/chart1.xml")?.data.toString("utf8") ?? "";
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain("<c:f>'Aging'!$C$1:$E$1</c:f>");
    expect(chart).toContain("<c:f>'Aging'!$C$4:$E$4</c:f>");
    expect(chart).toContain("<a:t>Open amounts by age</a:t>");
    const agingPart = sheetPartName(outputBytes, "Aging");
    const rels = parts.get(agingPart.replace("worksheets/", "worksheets/_rels/") + ".rels");
    expect(rels?.data.toString("utf8")).toContain('Target="../drawings/drawing1.xml"');
    expect(partText(outputBytes, agingPart)).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
    const types = parts.get("[Content_Types].xml")?.data.toString("utf8") ?? "";
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml"');
    expect(output.views[0].activeTab).toBe(2);
    const selected = output.worksheets
      .map((sheet) => sheet.name)
      .filter((name) =>
        partText(outputBytes, sheetPartName(outputBytes, name)).includes('tabSelected="1"')
      );
    expect(selected).toEqual(["Aging"]);
  });

  test("two blocks on one sheet: the sheet packed after the first is read again for the second", async () => {
    const plan = handPlan();
    const first = plan.columnBlocks[0];
    plan.columnBlocks.push({
      ...first,
      firstColumn: 10, // J, right of the first block and of what it clears
      keys: ["limit"],
      headers: ["Limit"],
      rows: [[1000], [2000], [3000]],
      numberFormats: ["#,##0"],
      clearColumnsRight: 0,
      conditionalFormats: [],
    });
    const { output } = await patched(plan);
    const customers = sheetOf(output, "Customers");
    expect([1, 2, 3, 4].map((row) => customers.getCell(row, 4).value)).toEqual([
      "Score",
      97,
      85.2,
      40,
    ]);
    expect([1, 2, 3, 4].map((row) => customers.getCell(row, 10).value)).toEqual([
      "Limit",
      1000,
      2000,
      3000,
    ]);
  });

  test("applying the same plan again changes nothing", async () => {
    const { outputBytes } = await patched();
    const twice = await patchBytes(outputBytes, handPlan());
    const first = zipParts(outputBytes);
    const second = zipParts(twice.bytes);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    // The order of content-type entries carries no meaning: compare them as a set.
    const comparable = (name: string, text: string) =>
      name === "[Content_Types].xml" ? (text.match(/<[^>]+>/g) ?? []).sort().join("\n") : text;
    for (const [name, part] of first)
      expect(`${name}: ${comparable(name, second.get(name)?.data.toString("utf8") ?? "")}`).toBe(
        `${name}: ${comparable(name, part.data.toString("utf8"))}`
      );
  });

  test("a plan that cannot be carried out is refused with a message naming what is wrong", async () => {
    const input = await bytesOf(userWorkbook());
    const plan = handPlan();
    await expect(
      patchBytes(input, { ...plan, columnBlocks: [{ ...plan.columnBlocks[0], sheet: "Kunden" }] })
    ).rejects.toEqual(new PlanApplyError(PLAN_MESSAGES.missingSheet("Kunden")));
    const short = { ...plan.columnBlocks[0], headers: ["Score"] };
    await expect(patchBytes(input, { ...plan, columnBlocks: [short] })).rejects.toThrow(
      /1 headers for 4 keys/
    );
    const infinite = {
      ...plan.columnBlocks[0],
      rows: [[Number.POSITIVE_INFINITY, "A", "OK", null]],
    };
    await expect(patchBytes(input, { ...plan, columnBlocks: [infinite] })).rejects.toThrow(
      PLAN_MESSAGES.notFinite("Customers!D2", Number.POSITIVE_INFINITY)
    );
    const named = {
      ...plan.columnBlocks[0],
      conditionalFormats: [{ kind: "dataBar" as const, range: "D2:D4", color: "red" }],
    };
    await expect(patchBytes(input, { ...plan, columnBlocks: [named] })).rejects.toThrow(
      PLAN_MESSAGES.badColor("red")
    );
  });
});

/** The user's workbook with what exceljs cannot carry: a chart on the Notes sheet, a pivot cache and a custom XML part. */
async function workbookWithExtras(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await bytesOf(userWorkbook()));
  const notesPart = "xl/worksheets/sheet4.xml";
  const notes = (await zip.file(notesPart)?.async("string")) ?? "";
  zip.file(notesPart, notes.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>'));
  zip.file(
    "xl/worksheets/_rels/sheet4.xml.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>'
  );
  zip.file("xl/drawings/drawing1.xml", "<xdr:wsDr>the user's drawing</xdr:wsDr>");
  zip.file("xl/charts/chart1.xml", "<c:chartSpace>the user's chart</c:chartSpace>");
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    "<pivotCacheDefinition>the user's pivot</pivotCacheDefinition>"
  );
  zip.file("customXml/item1.xml", '<budget owner="finance">keep me</budget>');
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("parts the plan does not touch", () => {
  test("are byte-identical, compressed bytes included; the user's chart, pivot and custom XML are kept", async () => {
    const input = await workbookWithExtras();
    const { bytes } = await patchBytes(input, handPlan());
    const before = zipParts(input);
    const after = zipParts(bytes);
    const changed = [...after.keys()].filter((name) => {
      const old = before.get(name);
      return !old || !old.data.equals(after.get(name)?.data ?? Buffer.alloc(0));
    });
    // The plan's sheets and the workbook-level lists; new chart names step over the user's.
    expect(changed.sort()).toEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/charts/chart2.xml",
        "xl/drawings/_rels/drawing2.xml.rels",
        "xl/drawings/drawing2.xml",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/_rels/sheet3.xml.rels",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
        "xl/worksheets/sheet3.xml",
        "xl/worksheets/sheet5.xml",
      ].sort()
    );
    for (const [name, part] of before) {
      if (changed.includes(name)) continue;
      expect(after.has(name)).toBe(true);
      expect(after.get(name)?.packed.equals(part.packed)).toBe(true);
    }
    expect(after.get("customXml/item1.xml")?.data.toString()).toBe(
      '<budget owner="finance">keep me</budget>'
    );
  });
});
