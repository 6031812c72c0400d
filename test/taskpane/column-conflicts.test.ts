import fc from "fast-check";
import {
  columnConflicts,
  withPick,
  type ColumnPick,
} from "../../src/taskpane/components/review/column-conflicts";

const pick = (key: string, column: number, sheet = "Customers"): ColumnPick => ({
  key,
  role: "customers",
  sheet,
  column,
});

describe("one column for one field (the mapping form's rule)", () => {
  test("column A picked for the id, then for the name: the name's pick is refused, naming the id", () => {
    const picks = withPick([pick("customers:id", 1)], pick("customers:name", 1));
    expect([...columnConflicts(picks)]).toEqual([["customers:name", "customers:id"]]);
  });

  test("picking another column for the name clears the conflict", () => {
    let picks = withPick([pick("customers:id", 1)], pick("customers:name", 1));
    picks = withPick(picks, pick("customers:name", 2));
    expect(columnConflicts(picks).size).toBe(0);
  });

  test("re-picking the id moves it last: the name, now first on column A, keeps it", () => {
    let picks = withPick([pick("customers:id", 1)], pick("customers:name", 1));
    picks = withPick(picks, pick("customers:id", 1));
    expect([...columnConflicts(picks)]).toEqual([["customers:id", "customers:name"]]);
  });

  test("column A of two different sheets is two columns", () => {
    const picks = [pick("customers:id", 1), pick("receivables:customerId", 1, "Receivables")];
    expect(columnConflicts(picks).size).toBe(0);
  });

  test("property: no conflict exactly when the picked columns of a sheet are all different", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 6 }), (columns) => {
        const picks = columns.map((column, index) => pick(`f${index}`, column));
        const distinct = new Set(columns).size;
        expect(columnConflicts(picks).size).toBe(columns.length - distinct);
      })
    );
  });
});
