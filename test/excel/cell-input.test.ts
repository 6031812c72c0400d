import fc from "fast-check";
import { toCellInput, toCellInputs } from "../../src/excel/cell-input";
import { cellValueRule, textFormula } from "../../src/excel/conditional-format";
import { pointsForCharacters } from "../../src/excel/column-width";
import { cellKey, cellSet, rowsNotCovered, toRawCell } from "../../src/excel/raw-cells";

const AT = { sheet: "Aging", row: 4, column: 2 };

describe("plan values as Office.js inputs", () => {
  it("writes formula-like, numeric-looking and boolean-looking text with an apostrophe", () => {
    expect(toCellInput("=SUM(A1:A9)", AT)).toBe("'=SUM(A1:A9)");
    expect(toCellInput("+86 21 5555", AT)).toBe("'+86 21 5555");
    expect(toCellInput("-", AT)).toBe("'-");
    expect(toCellInput("@risk", AT)).toBe("'@risk");
    expect(toCellInput("00123", AT)).toBe("'00123");
    expect(toCellInput("1-30", AT)).toBe("'1-30");
    expect(toCellInput("TRUE", AT)).toBe("'TRUE");
    expect(toCellInput("Acme Ltd", AT)).toBe("Acme Ltd");
  });

  it("keeps numbers and booleans, empties null, refuses what Excel cannot hold naming the cell", () => {
    expect(toCellInput(12.5, AT)).toBe(12.5);
    expect(toCellInput(false, AT)).toBe(false);
    expect(toCellInput(null, AT)).toBe("");
    expect(() => toCellInput(Number.NaN, AT)).toThrow('Sheet "Aging", cell B4: the value NaN');
    expect(() => toCellInput(Infinity, AT)).toThrow(RangeError);
  });

  it("pads short rows to a rectangle and names each cell by its worksheet position", () => {
    expect(toCellInputs([["Title"], ["a", 1, "=x"]], 3, "S", 1, 1)).toEqual([
      ["Title", "", ""],
      ["a", 1, "'=x"],
    ]);
    expect(() => toCellInputs([[1], [Number.NaN]], 1, "S", 10, 3)).toThrow("cell C11");
  });

  it("never lets a string become anything but itself once Excel drops the apostrophe (property)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const input = toCellInput(text, AT) as string;
        const stored = input.startsWith("'") && input !== text ? input.slice(1) : input;
        expect(stored).toBe(text);
        // Unmarked input never starts like a formula.
        if (!input.startsWith("'")) expect(/^[=+\-@]/.test(input)).toBe(false);
      })
    );
  });
});

describe("conditional formats and widths", () => {
  it("turns plan operators into Excel rules with formula operands", () => {
    expect(
      cellValueRule({
        kind: "cellValue",
        range: "A1",
        operator: "between",
        values: [60, 90],
        fill: "#fff",
      })
    ).toEqual({
      operator: "Between",
      formula1: "=60",
      formula2: "=90",
    });
    expect(
      cellValueRule({
        kind: "cellValue",
        range: "A1",
        operator: "lessThan",
        values: [-5],
        fill: "#fff",
      })
    ).toEqual({
      operator: "LessThan",
      formula1: "=-5",
    });
    expect(() =>
      cellValueRule({
        kind: "cellValue",
        range: "A1",
        operator: "between",
        values: [1],
        fill: "#fff",
      })
    ).toThrow(/needs 2/);
  });

  it("quotes text for an equality rule", () => {
    expect(textFormula("SUSPEND")).toBe('="SUSPEND"');
    expect(textFormula('say "no"')).toBe('="say ""no"""');
  });

  it("converts character widths to points: (chars × 7 + 5) × 0.75", () => {
    expect(pointsForCharacters(10)).toBe(56.25);
    expect(pointsForCharacters(0)).toBe(3.75);
  });
});

describe("Office.js values as raw cells", () => {
  it("maps empty to null, error cells to RawError, keeps the rest", () => {
    expect(toRawCell("", false)).toBeNull();
    expect(toRawCell("#DIV/0!", true)).toEqual({ error: "#DIV/0!" });
    expect(toRawCell("#DIV/0!", false)).toBe("#DIV/0!");
    expect(toRawCell(0, false)).toBe(0);
    expect(toRawCell(true, false)).toBe(true);
  });

  it("finds hidden rows as the rows no visible area covers", () => {
    // Rows 3..10; visible 3-4 and 7-8 → hidden 5, 6, 9, 10.
    const visible = [
      { top: 3, left: 1, bottom: 4, right: 2 },
      { top: 7, left: 4, bottom: 8, right: 4 },
      { top: 7, left: 1, bottom: 8, right: 2 },
    ];
    expect(rowsNotCovered(3, 10, visible)).toEqual([5, 6, 9, 10]);
    expect(rowsNotCovered(3, 4, [])).toEqual([3, 4]);
  });

  it("keys cells uniquely", () => {
    const cells = cellSet([{ top: 2, left: 16_383, bottom: 3, right: 16_384 }]);
    expect(cells.size).toBe(4);
    expect(cells.has(cellKey(3, 16_384))).toBe(true);
    expect(cells.has(cellKey(4, 1))).toBe(false);
  });
});
