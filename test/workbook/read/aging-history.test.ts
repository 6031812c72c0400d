/**
 * The Aging History sheet: written by its plan, read back by position into the same snapshots;
 * a re-run on the same date replaces that date's rows; an unreadable row is named and kept; the
 * sheet is ours only when the output map names it and A1 holds our title, in any language.
 */
import { minor, roundMinor } from "../../../src/engine/money";
import { serialDate } from "../../../src/engine/serial-date";
import type { Snapshot } from "../../../src/engine/history/snapshot";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { outputLabels } from "../../../src/i18n/output-labels";
import { problemMessage } from "../../../src/i18n/problem-messages";
import { problemFacts } from "../../support/problem-facts";
import { META_SHEET_NAME, metaSheetRows } from "../../../src/workbook/meta-sheet";
import { ownedSignatures } from "../../../src/workbook/owned-signatures";
import type { PlanValue } from "../../../src/workbook/plan";
import { buildAgingHistorySheet } from "../../../src/workbook/plan-aging-history";
import { planInDateSystem } from "../../../src/workbook/plan-date-system";
import { readAgingHistory } from "../../../src/workbook/read-aging-history";
import { readWorkbook } from "../../../src/workbook/read-workbook";
import type { RawCell, RawSheet } from "../../../src/workbook/raw";
import type { PlanNote } from "../../../src/workbook/plan-note";
import { CUSTOMER_HEADERS, RECEIVABLE_HEADERS, SERIAL, sheet, workbook } from "./raw-fixtures";
import { SYNONYMS } from "./synonyms-fixture";

const EN = outputLabels("en-US", DEFAULT_POLICY);
const ZH_CN = outputLabels("zh-CN", DEFAULT_POLICY);
const NAME = { name: "Aging History", knownNames: [] };
const EDGES = [0, 30, 60, 90, 180];
const MINOR = DEFAULT_POLICY.minorPerUnit;

function snapshot(asOf: number, rows: [string, number[], number][]): Snapshot {
  return {
    asOf: serialDate(asOf),
    edges: EDGES,
    dso: 41.5,
    dsoCountback: 38.25,
    rows: rows.map(([customerId, units, dead]) => ({
      customerId,
      buckets: units.map((amount) => roundMinor(amount * MINOR)),
      dead: roundMinor(dead * MINOR),
      grade: "B",
      score: 84.125,
      limit: minor(60000000),
      status: "OK",
    })),
  };
}

const JAN = snapshot(SERIAL["2026-01-31"], [
  ["00123", [1000.5, 200, 0, 0, 0, 0], 0],
  ["K2", [0, 0, 0, 0, 0, 750.25], 500],
]);
const MAR = snapshot(SERIAL["2026-03-05"], [["00123", [900, 0, 100.1, 0, 0, 0], 0]]);

function plan(history: Snapshot[], current: Snapshot, kept: PlanValue[][] = []) {
  const notes: PlanNote[] = [];
  const planned = buildAgingHistorySheet({
    history,
    current,
    kept,
    labels: EN,
    policy: DEFAULT_POLICY,
    sheetName: NAME,
    notes,
  });
  return { planned, notes };
}

/** The plan's cells as a reader would find them on the sheet. */
function asRaw(cells: PlanValue[][], name = NAME.name): RawSheet {
  return sheet(name, cells as RawCell[][]);
}

describe("Aging History sheet", () => {
  test("A1 is the title, row 2 the headers (bucket labels last), one row per customer per review", () => {
    const { planned } = plan([JAN], MAR);
    expect(planned).toMatchObject({ key: "agingHistory", mode: "replace", freezeRows: 2 });
    expect(planned.cells[0]).toEqual(["Aging History"]);
    expect(planned.cells[1].slice(-7)).toEqual([
      "Aging bucket edges",
      "Not due",
      "1-30",
      "31-60",
      "61-90",
      "91-180",
      ">180",
    ]);
    expect(planned.cells[2]).toEqual([
      SERIAL["2026-01-31"],
      "00123",
      "B",
      84.125,
      600000,
      "OK",
      0,
      41.5,
      38.25,
      "0,30,60,90,180",
      1000.5,
      200,
      0,
      0,
      0,
      0,
    ]);
    expect(planned.cells).toHaveLength(2 + 3);
  });

  test("read back by position, the snapshots are the ones written, ids with their zeros", () => {
    const { planned } = plan([JAN], MAR);
    const read = readAgingHistory(asRaw(planned.cells), MINOR, false);
    expect(read.problems).toEqual([]);
    expect(read.kept).toEqual([]);
    expect(read.snapshots).toEqual([JAN, MAR]);
  });

  test("in a 1904-system workbook the dates are written 1,462 lower and read back as the same days", () => {
    const { planned } = plan([JAN], MAR);
    const [in1904] = planInDateSystem(
      { columnBlocks: [], sheets: [planned], activate: null },
      true
    ).sheets;
    // 2026-01-31 is serial 46053 in the 1900 system and 44591 in the 1904 system.
    expect(in1904.cells[2][0]).toBe(SERIAL["2026-01-31"] - 1462);
    expect(readAgingHistory(asRaw(in1904.cells), MINOR, true).snapshots).toEqual([JAN, MAR]);
    // Read as a 1900-system sheet, the same cells would be four years early: the flag matters.
    const misread = readAgingHistory(asRaw(in1904.cells), MINOR, false).snapshots;
    expect(misread.map((entry) => entry.asOf)).toEqual([
      SERIAL["2026-01-31"] - 1462,
      SERIAL["2026-03-05"] - 1462,
    ]);
  });

  test("a re-run on the same date replaces that date's rows; a second re-run changes nothing", () => {
    const rerun = snapshot(SERIAL["2026-03-05"], [["00123", [800, 0, 0, 0, 0, 0], 0]]);
    const first = plan([JAN], MAR).planned;
    const once = plan(readAgingHistory(asRaw(first.cells), MINOR, false).snapshots, rerun).planned;
    const twice = plan(readAgingHistory(asRaw(once.cells), MINOR, false).snapshots, rerun).planned;
    expect(readAgingHistory(asRaw(once.cells), MINOR, false).snapshots).toEqual([JAN, rerun]);
    expect(twice.cells).toEqual(once.cells);
  });

  test("an unreadable row is named by sheet, row and column, left out, and written back as it was", () => {
    const { planned } = plan([JAN], MAR);
    const cells = planned.cells.map((row) => row.slice());
    cells[3][11] = "lots"; // K2's 1-30 amount
    cells.push([
      SERIAL["2026-03-05"],
      "00123",
      "B",
      80,
      1,
      "OK",
      0,
      null,
      null,
      "0,30,60",
      1,
      2,
      3,
      4,
    ]);
    const read = readAgingHistory(asRaw(cells), MINOR, false);
    expect(read.problems.map(problemFacts)).toEqual([
      {
        code: "NOT_A_NUMBER",
        sheet: "Aging History",
        row: 4,
        cell: "L4",
        header: "1-30",
        value: "lots",
        params: { consequence: "historyRowKept" },
      },
      {
        code: "LOG_ROW_UNREADABLE",
        sheet: "Aging History",
        row: 6,
        cell: "J6",
        header: "Aging bucket edges",
        value: "0,30,60",
        params: { consequence: "historyRowKept", firstRow: 5, variant: "historyEdgesDiffer" },
      },
    ]);
    expect(
      read.problems.map((problem) => [
        problem.place.row,
        problem.place.header,
        problem.params?.consequence,
      ])
    ).toEqual([
      [4, "1-30", "historyRowKept"],
      [6, "Aging bucket edges", "historyRowKept"],
    ]);
    expect(read.snapshots.map((s) => s.rows.map((row) => row.customerId))).toEqual([
      ["00123"],
      ["00123"],
    ]);
    expect(read.kept).toEqual([cells[3], cells[5]]);
    const again = plan(read.snapshots, MAR, read.kept).planned;
    expect(again.cells.slice(-2)).toEqual([cells[3], cells[5]]);
  });

  test("cells retyped by a person (text numbers, lower-case codes, an ISO date) read as the plan's own", () => {
    const { planned } = plan([], MAR);
    const cells = planned.cells.map((row) => row.slice());
    cells[2][0] = "2026-03-05";
    cells[2][2] = " b ";
    cells[2][3] = "84.125";
    cells[2][4] = "600,000";
    cells[2][5] = "ok";
    cells[2][10] = "900.00";
    const read = readAgingHistory(asRaw(cells), MINOR, false);
    expect(read.problems).toEqual([]);
    expect(read.snapshots).toEqual([MAR]);
  });

  test("a negative amount, then a row of another date: the first is named, the second keeps its own date", () => {
    const { planned } = plan([JAN], MAR);
    const cells = planned.cells.map((row) => row.slice());
    cells[2][6] = -5; // 00123's dead debts in January
    const read = readAgingHistory(asRaw(cells), MINOR, false);
    expect(read.problems.map(problemFacts)).toEqual([
      {
        code: "NEGATIVE_NUMBER",
        sheet: "Aging History",
        row: 3,
        cell: "G3",
        header: "Dead debts (provided in full)",
        value: "-5",
        params: { consequence: "historyRowKept" },
      },
    ]);
    expect(read.snapshots.map((s) => [s.asOf, s.rows.map((row) => row.customerId)])).toEqual([
      [SERIAL["2026-01-31"], ["K2"]],
      [SERIAL["2026-03-05"], ["00123"]],
    ]);
  });

  test("an absurd limit or bucket (1e300) is named as too large, not thrown: the row is kept, the others read", () => {
    const { planned } = plan([JAN], MAR);
    const cells = planned.cells.map((row) => row.slice());
    cells[2][4] = 1e300; // 00123's credit limit in January
    cells[3][11] = 9.1e13; // K2's 1-30 amount: 9.1e15 cents, beyond 2^53 (9.007e15)
    const read = readAgingHistory(asRaw(cells), MINOR, false);
    expect(read.problems.map((problem) => [problem.code, problem.place.cell])).toEqual([
      ["NUMBER_TOO_LARGE", "E3"],
      ["NUMBER_TOO_LARGE", "L4"],
    ]);
    expect(problemFacts(read.problems[0])).toEqual({
      code: "NUMBER_TOO_LARGE",
      sheet: "Aging History",
      row: 3,
      cell: "E3",
      header: "Credit limit",
      value: "1e+300",
      params: { consequence: "historyRowKept" },
    });
    expect(read.snapshots.map((s) => [s.asOf, s.rows.map((row) => row.customerId)])).toEqual([
      [SERIAL["2026-03-05"], ["00123"]],
    ]);
    expect(read.kept).toEqual([cells[2], cells[3]]);
  });

  test("a customer twice in one review: the first row is used, the second named and kept", () => {
    const { planned } = plan([], MAR);
    const cells = [...planned.cells, planned.cells[2].slice()];
    const read = readAgingHistory(asRaw(cells), MINOR, false);
    expect(read.problems.map(problemFacts)).toEqual([
      {
        code: "LOG_ROW_UNREADABLE",
        sheet: "Aging History",
        row: 4,
        cell: "B4",
        header: "Customer ID",
        value: "00123",
        params: { consequence: "historyRowKept", firstRow: 3, variant: "historyDuplicate" },
      },
    ]);
    expect(read.snapshots).toEqual([MAR]);
  });
});

describe("Aging History is ours only when proven", () => {
  const SIGNATURES = ownedSignatures([EN, ZH_CN]);
  const customers = sheet("Customers", [CUSTOMER_HEADERS, ["C001", "Acme", 8, null]]);
  const receivables = sheet("Receivables", [
    RECEIVABLE_HEADERS,
    ["C001", "INV-1", SERIAL["2026-03-05"], SERIAL["2026-04-30"], 100, 0],
  ]);
  const map = (name: string) =>
    sheet(META_SHEET_NAME, metaSheetRows({ blocks: {}, sheets: { agingHistory: name } }), {
      visibility: "veryHidden",
    });
  const owned = (...sheets: RawSheet[]) =>
    readWorkbook(workbook([...sheets, customers, receivables]), SYNONYMS, {
      ownedSignatures: SIGNATURES,
    }).layout?.ownedSheets.agingHistory;

  test("named by the map and titled in A1 (in Chinese too): ours", () => {
    const { planned } = plan([JAN], MAR);
    expect(owned(map("Aging History"), asRaw(planned.cells))).toEqual({
      name: "Aging History",
      usedRows: 5,
      // Row 1 holds the title alone.
      filledHeaderColumns: [1],
    });
    const chinese = [[ZH_CN.history?.title ?? ""], ...planned.cells.slice(1)];
    expect(owned(map("账龄历史"), asRaw(chinese, "账龄历史"))?.name).toBe("账龄历史");
  });

  test("without the map, or with another text in A1, a sheet of that name is the user's", () => {
    const { planned } = plan([JAN], MAR);
    expect(owned(asRaw(planned.cells))).toBeUndefined();
    const retitled = [["My notes"], ...planned.cells.slice(1)];
    expect(owned(map("Aging History"), asRaw(retitled))).toBeUndefined();
  });
});

describe("Aging History problems in words", () => {
  test("each problem reads the same from the catalogue as the reader wrote it, and in Chinese", () => {
    const { planned } = plan([JAN], MAR);
    const cells = planned.cells.map((row) => row.slice());
    cells[3][11] = "lots";
    cells[3][2] = "Z";
    cells[4][9] = "0,30,x";
    cells.push(planned.cells[2].slice());
    const { problems } = readAgingHistory(asRaw(cells), MINOR, false);
    expect(problems.map((problem) => problem.params?.variant ?? problem.code)).toEqual([
      "historyGrade",
      "NOT_A_NUMBER",
      "historyEdges",
      "historyDuplicate",
    ]);
    for (const problem of problems) {
      expect(problemMessage(problem, "zh-CN")).toMatch(/不计入历史$/);
      expect(problemMessage(problem, "zh-TW")).toMatch(/不計入歷史$/);
    }
  });
});
