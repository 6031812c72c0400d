/**
 * The adapter against office-addin-mock, Microsoft's mock of the Office object model: a small
 * workbook read (title row, error cell, table) and a small plan applied, asserting the values
 * that reach the mock's ranges. The mock returns "Error, property was not loaded" for a property
 * read before load + sync instead of throwing, so these tests assert values, never the absence
 * of exceptions.
 */
import { OfficeMockObject } from "office-addin-mock";
import { applyPlan } from "../../src/excel/apply-plan";
import { readOpenWorkbook } from "../../src/excel/read-workbook";
import type { OutputPlan } from "../../src/workbook/plan";

type Data = Record<string, unknown>;

/** The mock's own loader and sync, for objects whose `load` or `sync` is overridden below. */
const mockLoad = OfficeMockObject.prototype.load;
const mockSync = OfficeMockObject.prototype.sync;

/**
 * Mocks created while a test runs (ranges returned by methods) are not in the context's tree,
 * so the context's `sync` syncs each of them as well.
 */
class MockHost {
  readonly created: OfficeMockObject[] = [];
  syncs = 0;

  make(data: Data): OfficeMockObject {
    const object = new OfficeMockObject(data);
    this.created.push(object);
    return object;
  }

  /** A mock whose properties count as loaded already (items of a loaded collection). */
  loaded(data: Data, properties: string): OfficeMockObject {
    const object = this.make(data);
    mockLoad.call(object, properties);
    return object;
  }

  async syncAll(): Promise<void> {
    this.syncs += 1;
    for (const object of this.created) await mockSync.call(object);
    // The mock updates nested properties in continuations of its own; let them run.
    for (let tick = 0; tick < 5; tick++) await Promise.resolve();
  }
}

/** `load` that also fills `isNullObject`, as Office does for any loaded object. */
function withNullFlag(properties: string): string {
  return `${properties}, isNullObject`;
}

const GRID: unknown[][] = [
  ["Customer list", "", ""],
  ["", "", ""],
  ["Customer ID", "Name", "Limit"],
  ["00123", "Acme", 1000],
  ["C2", "Beta", "#N/A"],
];
const FORMATS: string[][] = GRID.map((row) =>
  row.map((_, column) => (column === 2 ? "#,##0" : "General"))
);

/** The customer sheet; `extra` replaces its methods (the apply test records written ranges). */
function customerSheet(host: MockHost, extra: Data): Data {
  const table = host.loaded(
    {
      name: "CustomerTable",
      showHeaders: true,
      getRange: () => host.make({ address: "Customers!A3:C5" }),
    },
    "name, showHeaders"
  );
  const areas = (address: string | null) => {
    const object = host.make({
      address: address ?? "",
      isNullObject: address === null,
      load(this: OfficeMockObject, properties: string) {
        return mockLoad.call(this, withNullFlag(properties));
      },
    });
    return object;
  };
  const formulaErrors = areas("Customers!C5");
  const noCells = areas(null);
  const used = host.make({
    rowIndex: 0,
    columnIndex: 0,
    rowCount: GRID.length,
    columnCount: 3,
    rowHidden: false,
    isNullObject: false,
    load(this: OfficeMockObject, properties: string) {
      return mockLoad.call(this, withNullFlag(properties));
    },
    getSpecialCellsOrNullObject: (type: string) => (type === "Formulas" ? formulaErrors : noCells),
  });
  return {
    name: "Customers",
    visibility: "Visible",
    charts: { items: [] },
    tables: {
      items: [table],
      load(this: OfficeMockObject) {
        return mockLoad.call(this, "items");
      },
    },
    getUsedRangeOrNullObject: () => used,
    getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
      const slice = (grid: unknown[][]) =>
        grid.slice(row, row + rows).map((line) => line.slice(column, column + columns));
      return host.make({ values: slice(GRID), numberFormat: slice(FORMATS) });
    },
    ...extra,
  };
}

function mockContext(
  host: MockHost,
  sheetMethods: Data = {},
  protection: { sheet: boolean; workbook: boolean } = { sheet: false, workbook: false }
): OfficeMockObject {
  // As the collection load { name, charts: { name } } leaves a sheet item.
  const sheet = host.loaded(customerSheet(host, sheetMethods), "name, charts/items");
  const context = host.make({
    workbook: {
      worksheets: {
        items: [sheet],
        load(this: OfficeMockObject) {
          return mockLoad.call(this, "items");
        },
        getItem: () => sheet,
        // The check round trip asks whether the block's sheet has frozen panes: it has none.
        getItemOrNullObject: () =>
          host.make({
            freezePanes: {
              getLocationOrNullObject: () =>
                host.make({
                  address: "",
                  isNullObject: true,
                  load(this: OfficeMockObject, properties: string) {
                    return mockLoad.call(this, withNullFlag(properties));
                  },
                }),
            },
            protection: {
              protected: protection.sheet,
              isNullObject: false,
              load(this: OfficeMockObject, properties: string) {
                return mockLoad.call(this, withNullFlag(properties));
              },
            },
          }),
      },
      functions: { date: () => host.make({ value: 36526 }) },
      protection: { protected: protection.workbook },
    },
    application: {
      cultureInfo: { name: "zh-CN" },
      suspendApiCalculationUntilNextSync: () => undefined,
    },
    sync: () => host.syncAll(),
  });
  return context;
}

function asContext(mock: OfficeMockObject): Excel.RequestContext {
  return mock as unknown as Excel.RequestContext;
}

describe("the adapter on office-addin-mock", () => {
  it("reads a small workbook: title row, a table, an error cell, culture and date system", async () => {
    const host = new MockHost();
    const workbook = await readOpenWorkbook(asContext(mockContext(host)), {
      sheetNames: ["Customers"],
      supports: (version) => version === "1.11",
      dataRoundTrips: 1,
      numberFormats: true,
    });
    expect(workbook.locale).toBe("zh-CN");
    expect(workbook.date1904).toBe(false);
    const [sheet] = workbook.sheets;
    expect(sheet.name).toBe("Customers");
    expect(sheet.cells).toEqual([
      ["Customer list", null, null],
      [null, null, null],
      ["Customer ID", "Name", "Limit"],
      ["00123", "Acme", 1000],
      ["C2", "Beta", { error: "#N/A" }],
    ]);
    expect(sheet.numberFormats?.[3]).toEqual(["General", "General", "#,##0"]);
    expect(sheet.tables).toEqual([
      { name: "CustomerTable", headerRow: 3, firstColumn: 1, lastColumn: 3, lastRow: 5 },
    ]);
    expect(sheet.hiddenRows).toEqual([]);
    // Outline, then one data round trip (the table range rides on it).
    expect(host.syncs).toBe(2);
  });

  it("applies a small plan: values and formats reach the mock's ranges, text stays literal", async () => {
    const host = new MockHost();
    const writes: { at: number[]; range: OfficeMockObject }[] = [];
    const conditional: Data[] = [];
    const context = mockContext(host, {
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
        const range = host.make({});
        writes.push({ at: [row, column, rows, columns], range });
        return range;
      },
      getRange: (address: string) =>
        host.make({
          address,
          conditionalFormats: {
            clearAll: () => conditional.push({ cleared: address }),
            add: (type: string) => {
              const format = {
                type,
                address,
                cellValue: { format: { fill: {}, font: {} }, rule: null },
              };
              conditional.push(format);
              return format;
            },
          },
        }),
    });
    const plan: OutputPlan = {
      columnBlocks: [
        {
          sheet: "Customers",
          role: "customers",
          headerRow: 3,
          firstColumn: 4,
          keys: ["grade", "status"],
          headers: ["Grade", "Status"],
          rows: [
            ["A", "OK"],
            [null, "=HACK()"],
          ],
          numberFormats: ["@", "@"],
          clearRowsBelow: 0,
          conditionalFormats: [{ kind: "textEquals", range: "E4:E5", text: "OK", fill: "#C6EFCE" }],
        },
      ],
      sheets: [],
      activate: null,
    };
    const summary = await applyPlan(asContext(context), plan, { writeRoundTrips: 1 });

    expect(summary).toEqual({
      roundTrips: 2,
      cellsWritten: 6,
      oneUndoStep: false,
      undoHistoryCleared: false,
    });
    expect(
      writes.map(({ at, range }) => ({
        at,
        values: range.values,
        numberFormat: range.numberFormat,
      }))
    ).toEqual([
      { at: [2, 3, 1, 2], values: [["Grade", "Status"]], numberFormat: undefined },
      {
        at: [3, 3, 2, 2],
        // Text-formatted cells (format set first) keep "=HACK()" as text with no apostrophe.
        values: [
          ["A", "OK"],
          ["", "=HACK()"],
        ],
        numberFormat: [
          ["@", "@"],
          ["@", "@"],
        ],
      },
    ]);
    expect(conditional).toEqual([
      { cleared: "D3:E5" },
      {
        type: "CellValue",
        address: "E4:E5",
        cellValue: {
          format: { fill: { color: "#C6EFCE" }, font: {} },
          rule: { operator: "EqualTo", formula1: '="OK"' },
        },
      },
    ]);
  });

  it("refuses to write to a protected sheet, naming it, before any write reaches the mock", async () => {
    const host = new MockHost();
    const writes: OfficeMockObject[] = [];
    const context = mockContext(
      host,
      {
        getRangeByIndexes: () => {
          const range = host.make({});
          writes.push(range);
          return range;
        },
      },
      { sheet: true, workbook: false }
    );
    const plan: OutputPlan = {
      columnBlocks: [
        {
          sheet: "Customers",
          role: "customers",
          headerRow: 3,
          firstColumn: 4,
          keys: ["grade"],
          headers: ["Grade"],
          rows: [["A"], ["B"]],
          numberFormats: ["@"],
          clearRowsBelow: 0,
          conditionalFormats: [],
        },
      ],
      sheets: [],
      activate: null,
    };
    await expect(applyPlan(asContext(context), plan)).rejects.toMatchObject({
      code: "SHEET_PROTECTED",
      sheet: "Customers",
    });
    expect(writes).toEqual([]);
    expect(host.syncs).toBe(1);
  });
});
