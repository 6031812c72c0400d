import { MAX_SAVED_HEADER_LENGTH, decodeSettings } from "../../src/workbook/settings-codec";

describe("decodeSettings: the column mapping and headers", () => {
  it("keeps the known roles and valid entries, and names each part it leaves out", () => {
    const { settings, dropped } = decodeSettings({
      columnMapping: { customers: { id: 1, name: 0, limit: 2.5 }, suppliers: { id: 3 } },
      columnHeaders: {
        receivables: {
          amount: "Amount",
          dueDate: " ",
          notes: "x".repeat(MAX_SAVED_HEADER_LENGTH + 1),
        },
        orders: "Order date",
      },
    });
    expect(settings.columnMapping).toEqual({ customers: { id: 1 } });
    expect(settings.columnHeaders).toEqual({ receivables: { amount: "Amount" } });
    expect(dropped).toEqual([
      'the saved column for "customers.name" was ignored: not a column number 1..16384',
      'the saved column for "customers.limit" was ignored: not a column number 1..16384',
      'the saved column mapping for "suppliers" was ignored: unknown role or not a mapping',
      'the saved header for "receivables.dueDate" was ignored: not a text of 1..255 characters',
      'the saved header for "receivables.notes" was ignored: not a text of 1..255 characters',
      'the saved column headers for "orders" was ignored: unknown role or not a mapping',
    ]);
  });

  it("drops a table that is not a mapping of roles, naming it", () => {
    const { settings, dropped } = decodeSettings({ columnMapping: [1, 2], columnHeaders: 7 });
    expect(settings).toEqual({});
    expect(dropped).toEqual([
      "the saved column mapping was ignored: not a mapping of roles to columns",
      "the saved column headers was ignored: not a mapping of roles to headers",
    ]);
  });
});
