/** The workbook both ownership tests start from. */
import type { ModelBook } from "./model-book";

const SERIAL_2026_05_01 = 46143;
const SERIAL_2026_06_15 = 46188;

/** Customers A:B (3 rows), receivables A:F (3 rows): the output block lands at C and G. */
export function baseBook(): ModelBook {
  return {
    sheets: [
      {
        name: "Customers",
        visibility: "visible",
        cells: [
          ["Customer ID", "Customer name"],
          ["C1", "Alpha"],
          ["C2", "Beta"],
          ["C3", "Gamma"],
        ],
      },
      {
        name: "Receivables",
        visibility: "visible",
        cells: [
          ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount", "Paid amount"],
          ["C1", "INV-1", SERIAL_2026_05_01, SERIAL_2026_06_15, 1000, 0],
          ["C2", "INV-2", SERIAL_2026_05_01, SERIAL_2026_05_01, 500, 100],
          ["C3", "INV-3", SERIAL_2026_05_01, SERIAL_2026_06_15, 250, 0],
        ],
      },
    ],
  };
}
