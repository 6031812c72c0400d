import ExcelJS from "exceljs";
import { linkSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  applyPlanToWorkbook,
  PLAN_MESSAGES,
  PlanApplyError,
  writeXlsxBuffer,
} from "../../src/file/index";
import {
  FILE_MESSAGES,
  readXlsxFile,
  writeXlsxFile,
  XlsxFileError,
} from "../../src/file/index-node";
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
import { partText, sheetPartName } from "./support/xlsx-parts";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

interface RuleModel {
  type: string;
  operator?: string;
  formulae?: string[];
  style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
  color?: { argb?: string } | { argb?: string }[];
  cfvo?: { type: string; value?: number }[];
}

/** The rules exceljs read back, as (range, rule) pairs. */
function rulesOf(sheet: ExcelJS.Worksheet): { ref: string; rule: RuleModel }[] {
  const formats = (
    sheet as unknown as { conditionalFormattings: { ref: string; rules: RuleModel[] }[] }
  ).conditionalFormattings;
  return formats.flatMap((format) => format.rules.map((rule) => ({ ref: format.ref, rule })));
}

function snapshot(cell: ExcelJS.Cell): string {
  return JSON.stringify({ value: cell.value, style: cell.style, type: cell.type });
}

function record(cells: Map<string, string>, cell: ExcelJS.Cell): void {
  cells.set(cell.address, snapshot(cell));
}

function userCells(sheet: ExcelJS.Worksheet): Map<string, string> {
  const cells = new Map<string, string>();
  for (let row = USER_RANGE.top; row <= USER_RANGE.bottom; row += 1) {
    for (let column = USER_RANGE.left; column <= USER_RANGE.right; column += 1)
      record(cells, sheet.getCell(row, column));
  }
  record(cells, sheet.getCell(USER_NOTE.row, USER_NOTE.column));
  return cells;
}

async function applied(plan: OutputPlan = handPlan()) {
  const inputBytes = await writeXlsxBuffer(userWorkbook());
  const workbook = await load(inputBytes);
  const result = applyPlanToWorkbook(workbook, plan);
  const outputBytes = await writeXlsxBuffer(workbook);
  return { input: await load(inputBytes), output: await load(outputBytes), outputBytes, result };
}

const sheetOf = (workbook: ExcelJS.Workbook, name: string) =>
  workbook.getWorksheet(name) as ExcelJS.Worksheet;

describe("applying an output plan to an .xlsx", () => {
  test("the column block: marked headers, values with their formats, leftovers of an earlier review cleared", async () => {
    const { output } = await applied();
    const sheet = sheetOf(output, "Customers");
    expect(
      [1, 2, 3, 4].map((row) => [4, 5, 6].map((column) => sheet.getCell(row, column).value))
    ).toEqual([
      ["Score", "Grade", "Status"],
      [97, "A", "OK"],
      [85.2, "B", "REDUCE"],
      [40, "D", "SUSPEND"],
    ]);
    expect(sheet.getCell("D1").font).toMatchObject({ bold: true });
    expect(sheet.getCell("D1").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9E1F2" },
    });
    expect(sheet.getCell("D3").numFmt).toBe("0.0");
    expect(sheet.getCell("E3").numFmt).toBe("@");
    // Rows 5-6 of the old block and its fifth column (H) are empty again.
    for (const address of ["D5", "G5", "D6", "G6", "H1", "H4", "H6"])
      expect(sheet.getCell(address).value).toBeNull();
  });

  test("text that looks like a formula is stored as text, never as a formula (BAD-INPUTS #21)", async () => {
    const { output, outputBytes } = await applied();
    const sheet = sheetOf(output, "Customers");
    expect(["G2", "G3", "G4"].map((address) => sheet.getCell(address).value)).toEqual(
      FORMULA_LIKE_TEXTS
    );
    expect(["G2", "G3", "G4"].map((address) => sheet.getCell(address).type)).toEqual([
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.String,
    ]);
    // In the file itself the only formula of the sheet is the user's own C4.
    const xml = partText(outputBytes, sheetPartName(outputBytes, "Customers"));
    expect(xml.match(/<f[ >]/g)).toHaveLength(1);
    expect(xml).toMatch(/<c r="C4"[^>]*><f>C3\*2<\/f>/);
    expect(xml).toMatch(/<c r="G2"[^>]*t="s"/);
  });

  test("every cell the user owns is identical after the plan is applied", async () => {
    const { input, output } = await applied();
    const before = userCells(sheetOf(input, "Customers"));
    const after = userCells(sheetOf(output, "Customers"));
    expect(after.size).toBe(13);
    expect(after).toEqual(before);
    expect(sheetOf(output, "Notes").getCell("A1").value).toBe("the user's own sheet after ours");
  });

  test("conditional formats: one rule per range, the user's rule kept, the earlier review's replaced", async () => {
    const { output } = await applied();
    const rules = rulesOf(sheetOf(output, "Customers"));
    expect(rules.map(({ ref, rule }) => [ref, rule.type, rule.operator, rule.formulae])).toEqual([
      ["C2:C4", "cellIs", "greaterThan", ["600000"]],
      ["E2:E4", "cellIs", "equal", ['"A"']],
      ["F2:F4", "cellIs", "equal", ['"say ""SUSPEND"""']],
      ["D2:D4", "cellIs", "lessThan", ["60"]],
    ]);
    expect(rules[1].rule.style?.fill?.bgColor?.argb).toBe("FFC6EFCE");
    expect(rules[1].rule.style?.font?.color?.argb).toBe("FF006100");
  });

  test("owned sheets: replaced in place and renamed, appended below what is kept, the map very hidden", async () => {
    const { output } = await applied();
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
    const { output } = await applied();
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
    expect(rules[3].rule.color).toMatchObject({ argb: "FF5B9BD5" });
    expect(rules[4].rule.cfvo?.map((point) => point.type)).toEqual(["min", "percentile", "max"]);
    expect(rules[4].rule.color).toEqual([
      { argb: "FFFFFFFF" },
      { argb: "FFFFEB84" },
      { argb: "FFF8696B" },
    ]);
  });

  test("charts are reported as skipped, and the plan's sheet is the one shown", async () => {
    const { output, outputBytes, result } = await applied();
    expect(result.skipped).toEqual([
      'Chart "Open amounts by age" on sheet "Aging" (C4:E4) was not created: exceljs cannot write charts.',
    ]);
    expect(output.views[0].activeTab).toBe(2);
    // exceljs does not read tabSelected back, so look at the file: only Aging's tab is selected.
    const selected = output.worksheets
      .map((sheet) => sheet.name)
      .filter((name) =>
        partText(outputBytes, sheetPartName(outputBytes, name)).includes('tabSelected="1"')
      );
    expect(selected).toEqual(["Aging"]);
  });

  test("applying the same plan again changes nothing", async () => {
    const { output, outputBytes } = await applied();
    const again = await load(outputBytes);
    applyPlanToWorkbook(again, handPlan());
    const twice = await load(await writeXlsxBuffer(again));
    for (const name of ["Customers", "Aging", "Credit Log"]) {
      const first = sheetOf(output, name);
      const second = sheetOf(twice, name);
      for (let row = 1; row <= 8; row += 1) {
        for (let column = 1; column <= 10; column += 1) {
          expect(snapshot(second.getCell(row, column))).toBe(snapshot(first.getCell(row, column)));
        }
      }
      // exceljs gives every data bar a fresh random id when it writes; nothing else may differ.
      const withoutIds = (sheet: ExcelJS.Worksheet) =>
        rulesOf(sheet).map(({ ref, rule }) => ({ ref, rule: { ...rule, x14Id: undefined } }));
      expect(withoutIds(second)).toEqual(withoutIds(first));
    }
  });

  test("a plan that cannot be carried out is refused with a message naming what is wrong", async () => {
    const workbook = userWorkbook();
    const plan = handPlan();
    expect(() =>
      applyPlanToWorkbook(workbook, {
        ...plan,
        columnBlocks: [{ ...plan.columnBlocks[0], sheet: "Kunden" }],
      })
    ).toThrow(new PlanApplyError(PLAN_MESSAGES.missingSheet("Kunden")));
    const short = { ...plan.columnBlocks[0], headers: ["Score"] };
    expect(() => applyPlanToWorkbook(workbook, { ...plan, columnBlocks: [short] })).toThrow(
      /1 headers for 4 keys/
    );
    const infinite = {
      ...plan.columnBlocks[0],
      rows: [[Number.POSITIVE_INFINITY, "A", "OK", null]],
    };
    expect(() =>
      applyPlanToWorkbook(userWorkbook(), { ...plan, columnBlocks: [infinite] })
    ).toThrow(PLAN_MESSAGES.notFinite("Customers!D2", Number.POSITIVE_INFINITY));
    const named = {
      ...plan.columnBlocks[0],
      conditionalFormats: [{ kind: "dataBar" as const, range: "D2:D4", color: "red" }],
    };
    expect(() => applyPlanToWorkbook(userWorkbook(), { ...plan, columnBlocks: [named] })).toThrow(
      PLAN_MESSAGES.badColor("red")
    );
  });
});

describe("writing the result to a new file", () => {
  const scratch = mkdtempSync(join(tmpdir(), "credit-desk-write-"));

  async function inputFile(): Promise<string> {
    const path = join(scratch, `book-${Math.random().toString(36).slice(2)}.xlsx`);
    await userWorkbook().xlsx.writeFile(path);
    return path;
  }

  test("the workbook that was read is never overwritten, whatever path leads to it", async () => {
    const path = await inputFile();
    const original = readFileSync(path);
    const { workbook } = await readXlsxFile(path);
    applyPlanToWorkbook(workbook, handPlan());
    const link = `${path}.link.xlsx`;
    symlinkSync(path, link);
    const hardLink = `${path}.hard.xlsx`;
    linkSync(path, hardLink);
    for (const target of [
      path,
      link,
      hardLink,
      join(scratch, ".", path.slice(scratch.length + 1)),
    ]) {
      await expect(writeXlsxFile(workbook, target)).rejects.toEqual(
        new XlsxFileError("OVERWRITE_INPUT", FILE_MESSAGES.overwriteInput(target))
      );
    }
    expect(readFileSync(path).equals(original)).toBe(true);
  });

  test("a path given as the input is protected too, and any other path gets the new workbook", async () => {
    const path = await inputFile();
    const workbook = await load(new Uint8Array(readFileSync(path)));
    await expect(writeXlsxFile(workbook, path, { inputPath: path })).rejects.toHaveProperty(
      "code",
      "OVERWRITE_INPUT"
    );
    applyPlanToWorkbook(workbook, handPlan());
    const out = join(scratch, "review-out.xlsx");
    await writeXlsxFile(workbook, out, { inputPath: path });
    const written = await load(new Uint8Array(readFileSync(out)));
    expect(sheetOf(written, "Customers").getCell("D1").value).toBe("Score");
  });
});
