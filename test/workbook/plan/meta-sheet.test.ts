import { CUSTOMER_OUTPUT_KEYS } from "../../../src/workbook/labels";
import {
  META_MARKER,
  META_SHEET_NAME,
  buildMetaSheet,
  findOutputMap,
  isMetaSheet,
  parseMetaSheet,
} from "../../../src/workbook/meta-sheet";
import type { RawSheet } from "../../../src/workbook/raw";

const content = {
  blocks: {
    customers: {
      sheet: "客户",
      headerRow: 3,
      firstColumn: 9,
      keys: [...CUSTOMER_OUTPUT_KEYS],
      lastRow: 42,
    },
    receivables: {
      sheet: "AR lines",
      headerRow: 1,
      firstColumn: 12,
      keys: ["daysOverdue", "agingBucket"],
      lastRow: 7,
      digests: ["6.1a2b", "5.ff"],
    },
  },
  sheets: { aging: "账龄", creditLog: "Credit Log", meta: META_SHEET_NAME },
};

function asRawSheet(cells: RawSheet["cells"], firstRow = 1, firstColumn = 1): RawSheet {
  return { name: META_SHEET_NAME, cells, firstRow, firstColumn };
}

describe("metadata sheet", () => {
  test("is very hidden, rewritten whole, and marked in A1", () => {
    const plan = buildMetaSheet(content, META_SHEET_NAME, []);
    expect(plan.key).toBe("meta");
    expect(plan.visibility).toBe("veryHidden");
    expect(plan.mode).toBe("replace");
    expect(plan.cells[0][0]).toBe(META_MARKER);
    expect(plan.cells[2]).toEqual([
      "block",
      "customers",
      "客户",
      3,
      9,
      CUSTOMER_OUTPUT_KEYS.join(","),
      42,
    ]);
    expect(plan.cells[4]).toEqual(["sheet", "aging", "账龄"]);
  });

  test("the receivables record carries one digest per key in H; a list that does not pair is left out", () => {
    const cells = buildMetaSheet(content, META_SHEET_NAME, []).cells;
    expect(cells[3][7]).toBe("6.1a2b,5.ff");
    const unpaired = cells.map((row, index) =>
      index === 3 ? [...row.slice(0, 7), "6.1a2b"] : row
    );
    const parsed = parseMetaSheet(asRawSheet(unpaired));
    expect(parsed.blocks.receivables?.digests).toBeUndefined();
    expect(parsed.blocks.receivables?.keys).toEqual(["daysOverdue", "agingBucket"]);
  });

  test("what is written is read back the same", () => {
    const sheet = asRawSheet(buildMetaSheet(content, META_SHEET_NAME, []).cells);
    expect(isMetaSheet(sheet)).toBe(true);
    const parsed = parseMetaSheet(sheet);
    expect(parsed.blocks).toEqual(content.blocks);
    expect(parsed.sheets).toEqual(content.sheets);
    expect(parsed.unreadableRows).toEqual([]);
  });

  test("numbers that came back as text, and a used range not starting at A1, still read", () => {
    const sheet = asRawSheet(
      [
        [META_MARKER, 1],
        ["block", "customers", "Customers", "1", "8", "score, grade", "20"],
      ],
      1,
      1
    );
    expect(parseMetaSheet(sheet).blocks.customers).toEqual({
      sheet: "Customers",
      headerRow: 1,
      firstColumn: 8,
      keys: ["score", "grade"],
      lastRow: 20,
    });
    const shifted = asRawSheet([["sheet", "creditLog", "Log"]], 5, 1);
    expect(parseMetaSheet(shifted).sheets).toEqual({ creditLog: "Log" });
  });

  test("a damaged record is named by its row and kind and not used", () => {
    const sheet = asRawSheet([
      [META_MARKER, 1],
      ["block", "customers", "Customers", 1, { error: "#REF!" }, "score", 20],
      ["sheet", "nonsense", "X"],
      ["future-record", "anything"],
    ]);
    const parsed = parseMetaSheet(sheet);
    expect(parsed.blocks).toEqual({});
    expect(parsed.sheets).toEqual({});
    expect(parsed.unreadableRows).toEqual([
      { row: 2, record: "block" },
      { row: 3, record: "sheet" },
    ]);
  });

  test("a user's sheet without the marker is not taken for the map", () => {
    expect(isMetaSheet(asRawSheet([["Customer", "Name"]]))).toBe(false);
  });
});

describe("which sheet is the map", () => {
  const marked = (name: string, visibility: RawSheet["visibility"]): RawSheet => ({
    ...asRawSheet(buildMetaSheet(content, name, []).cells),
    name,
    visibility,
  });

  test("the very hidden, marked sheet the host records", () => {
    const map = marked("Map (2)", "veryHidden");
    const raw = { sheets: [marked(META_SHEET_NAME, "veryHidden"), map], date1904: false };
    expect(findOutputMap({ ...raw, outputMapName: "Map (2)" })).toBe(map);
  });

  test("a visible sheet whose A1 copies the marker is never the map, recorded or not", () => {
    for (const visibility of ["visible", undefined] as const) {
      const raw = { sheets: [marked(META_SHEET_NAME, visibility)], date1904: false };
      expect(findOutputMap(raw)).toBeNull();
      expect(findOutputMap({ ...raw, outputMapName: META_SHEET_NAME })).toBeNull();
    }
  });

  test("a merely hidden marked sheet is the map only when the host records it (LibreOffice's save)", () => {
    const map = marked(META_SHEET_NAME, "hidden");
    const raw = { sheets: [map], date1904: false };
    expect(findOutputMap(raw)).toBeNull();
    expect(findOutputMap({ ...raw, outputMapName: META_SHEET_NAME })).toBe(map);
    expect(findOutputMap({ ...raw, outputMapName: "Other" })).toBeNull();
  });

  test("settings that name a sheet without the marker, or none of the sheets, give no map", () => {
    const plain: RawSheet = { ...asRawSheet([["x"]]), name: "Plain", visibility: "veryHidden" };
    const raw = { sheets: [plain, marked(META_SHEET_NAME, "veryHidden")], date1904: false };
    expect(findOutputMap({ ...raw, outputMapName: "Plain" })).toBeNull();
    expect(findOutputMap({ ...raw, outputMapName: "Gone" })).toBeNull();
  });

  test("a workbook whose host records no map falls back to the fixed name, very hidden and marked", () => {
    const map = marked(META_SHEET_NAME, "veryHidden");
    expect(findOutputMap({ sheets: [marked("Other", "veryHidden"), map], date1904: false })).toBe(
      map
    );
  });
});
