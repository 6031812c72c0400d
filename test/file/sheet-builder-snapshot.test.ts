/** A sheet's cells as they cross to another thread and back, and the parse errors likewise. */
import fc from "fast-check";
import { SheetBuilder } from "../../src/file/sheet-builder";
import { SheetExtentError } from "../../src/file/sheet-extent";
import { SheetShapeError } from "../../src/file/sheet-shape-error";
import { sheetPartError, sheetPartErrorData } from "../../src/file/sheet-parts/sheet-part-errors";
import { XmlPartError } from "../../src/file/xml/xml-part-error";
import type { RawCell } from "../../src/workbook/raw";

/** Through the snapshot and a structured clone, as a worker's answer travels. */
const acrossThreads = (builder: SheetBuilder): SheetBuilder =>
  SheetBuilder.fromSnapshot(structuredClone(builder.snapshot()));

describe("a sheet builder's snapshot", () => {
  test("keeps each cell, its format (each distinct format once), hidden rows and merges", () => {
    const builder = new SheetBuilder();
    builder.add(2, 1, "C00001", "General");
    builder.add(2, 2, 46_086, "yyyy-mm-dd");
    builder.add(3, 2, { error: "#N/A" }, "General");
    builder.add(4, 1, "merged", "General");
    builder.add(4, 2, 5, "General");
    builder.hideRow(3);
    builder.addMerge({ top: 4, left: 1, bottom: 4, right: 2 });
    const snapshot = builder.snapshot();
    expect(snapshot.formatCodes).toEqual(["General", "yyyy-mm-dd"]);
    expect([...snapshot.formatIndexes]).toEqual([0, 1, 0, 0, 0]);
    expect(snapshot.extent).toEqual({ top: 2, left: 1, bottom: 4, right: 2 });
    const sheet = acrossThreads(builder).build("Ledger");
    expect(sheet.cells).toEqual([
      ["C00001", 46_086],
      [null, { error: "#N/A" }],
      ["merged", null],
    ]);
    expect(sheet.numberFormats).toEqual([
      ["General", "yyyy-mm-dd"],
      ["General", "General"],
      ["General", "General"],
    ]);
    expect(sheet.hiddenRows).toEqual([3]);
    expect(sheet).toEqual(builder.build("Ledger"));
  });

  test("an empty sheet stays empty", () => {
    expect(acrossThreads(new SheetBuilder()).build("Empty")).toEqual(
      new SheetBuilder().build("Empty")
    );
  });

  test("property: any cells build the same sheet after crossing", () => {
    const cell: fc.Arbitrary<RawCell> = fc.oneof(
      fc.string({ minLength: 1 }),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constantFrom({ error: "#REF!" }, { error: "#DIV/0!" })
    );
    const entry = fc.record({
      row: fc.integer({ min: 1, max: 40 }),
      column: fc.integer({ min: 1, max: 12 }),
      cell,
      format: fc.constantFrom("General", "0.00", "yyyy-mm-dd"),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: (e) => `${e.row}:${e.column}` }),
        fc.array(fc.integer({ min: 1, max: 40 })),
        (entries, hidden) => {
          const builder = new SheetBuilder();
          for (const { row, column, cell: value, format } of entries)
            builder.add(row, column, value, format);
          for (const row of hidden) builder.hideRow(row);
          expect(acrossThreads(builder).build("Sheet")).toEqual(builder.build("Sheet"));
        }
      )
    );
  });
});

describe("a sheet part's errors, as data and back", () => {
  test.each([
    [
      "an XML error",
      new XmlPartError(
        "xl/worksheets/sheet2.xml",
        'The part "xl/worksheets/sheet2.xml" is not well-formed XML (2:7: unclosed tag)'
      ),
    ],
    ["a shape error", new SheetShapeError("two cells are stored at B4")],
    [
      "an extent error",
      new SheetExtentError(
        { top: 1, left: 1, bottom: 1_048_576, right: 16_384 },
        8_000_000,
        "cells"
      ),
    ],
  ])("%s comes back as the same class with the same sentence", (_kind, error) => {
    const back = sheetPartError(structuredClone(sheetPartErrorData(error)));
    expect(back.constructor).toBe(error.constructor);
    expect(back.message).toBe(error.message);
    expect(back).toMatchObject(error);
  });

  test("an XML error keeps the tokenizer's sentence as its cause", () => {
    const error = new XmlPartError("p.xml", "The part is not well-formed", {
      cause: new Error("2:7: unclosed tag"),
    });
    const back = sheetPartError(sheetPartErrorData(error));
    expect((back.cause as Error).message).toBe("2:7: unclosed tag");
  });

  test("any other error is a bug, said to come from the reader thread", () => {
    const back = sheetPartError(sheetPartErrorData(new TypeError("x is undefined")));
    expect(back.message).toBe("A sheet reader thread failed: x is undefined");
    expect(back.stack).toContain("In the thread: TypeError: x is undefined");
  });
});
