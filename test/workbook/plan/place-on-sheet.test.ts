import fc from "fast-check";
import type { SourceRef } from "../../../src/engine/types";
import { placeOnSheet } from "../../../src/workbook/place-on-sheet";
import type { PlanNote } from "../../../src/workbook/plan-note";

interface Item {
  id: string;
  source?: SourceRef;
}

const place = (items: Item[], notes: PlanNote[]) =>
  placeOnSheet(
    items,
    "Customers",
    (item) => ({ source: item.source, noteItem: { kind: "customer", id: item.id } }),
    notes
  );

const elsewhere = (id: string): PlanNote => ({
  code: "NO_ROW_ON_SHEET",
  severity: "warning",
  place: { sheet: "Customers", row: null, cell: null },
  params: { sheet: "Customers", item: { kind: "customer", id } },
});

describe("placeOnSheet", () => {
  it("puts each item read from the sheet on its own row and notes the others", () => {
    const notes: PlanNote[] = [];
    const placed = place(
      [
        { id: "C1", source: { sheet: "Customers", row: 7 } },
        { id: "C2", source: { sheet: "Other", row: 3 } },
        { id: "C3" },
        { id: "C4", source: { sheet: "Customers", row: 2 } },
      ],
      notes
    );
    expect(placed.map(({ row, item, noteItem }) => [row, item.id, noteItem.id])).toEqual([
      [7, "C1", "C1"],
      [2, "C4", "C4"],
    ]);
    expect(notes).toEqual([elsewhere("C2"), elsewhere("C3")]);
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
          const notes: PlanNote[] = [];
          const placed = place(items, notes);
          expect(placed.length + notes.length).toBe(items.length);
          expect(placed.every(({ item }) => item.source?.sheet === "Customers")).toBe(true);
        }
      )
    );
  });
});
