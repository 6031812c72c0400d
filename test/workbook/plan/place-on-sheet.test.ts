import fc from "fast-check";
import type { SourceRef } from "../../../src/engine/types";
import { placeOnSheet } from "../../../src/workbook/place-on-sheet";

interface Item {
  id: string;
  source?: SourceRef;
}

const place = (items: Item[], notes: string[]) =>
  placeOnSheet(
    items,
    "Customers",
    (item) => ({ source: item.source, describe: `customer "${item.id}"` }),
    (item, describe) => `${item.id}: ${describe} is elsewhere`,
    notes
  );

describe("placeOnSheet", () => {
  it("puts each item read from the sheet on its own row and notes the others", () => {
    const notes: string[] = [];
    const placed = place(
      [
        { id: "C1", source: { sheet: "Customers", row: 7 } },
        { id: "C2", source: { sheet: "Other", row: 3 } },
        { id: "C3" },
        { id: "C4", source: { sheet: "Customers", row: 2 } },
      ],
      notes
    );
    expect(placed.map(({ row, item, describe }) => [row, item.id, describe])).toEqual([
      [7, "C1", 'customer "C1"'],
      [2, "C4", 'customer "C4"'],
    ]);
    expect(notes).toEqual(['C2: customer "C2" is elsewhere', 'C3: customer "C3" is elsewhere']);
  });

  it("accounts for every item once: placed or noted", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom("Customers", "Other"), { nil: undefined })),
        (sheets) => {
          const items = sheets.map((sheet, index) => ({
            id: `C${index}`,
            source: sheet === undefined ? undefined : { sheet, row: index + 2 },
          }));
          const notes: string[] = [];
          const placed = place(items, notes);
          expect(placed.length + notes.length).toBe(items.length);
          expect(placed.every(({ item }) => item.source?.sheet === "Customers")).toBe(true);
        }
      )
    );
  });
});
