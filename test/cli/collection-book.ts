/**
 * A small workbook with a Collection Log, worked by hand as of 2026-06-30 (default policy):
 * - K1: INV-1 10,000 disputed (90 days), INV-2 5,000 20 days overdue → the first letter, due
 *   since 06-25; priority 5,000 × (1 + 20/30) × 1.5 = 12,500.
 * - K2: INV-3 8,000 paid 06-24 as promised for 06-20 (kept); INV-4 3,000 45 days overdue,
 *   promised for 07-03 → check the promise on 07-08; priority 3,000 × (1 + 45/30) × 1.5 = 11,250.
 * - K3/east: INV-5 2,000 5 days overdue → the phone reminder; priority 2,000 × (1 + 5/30) × 1.5 = 3,500.
 */
import ExcelJS from "exceljs";
import { COLLECTION_LOG_HEADERS } from "../../assets/sample/collection-log";

export async function writeCollectionBook(
  path: string,
  options: { letterLanguages: boolean }
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const customers = [
    ["Customer ID", "Customer name", "Contact person", "Phone", "Letter language"],
    ["K1", "Kite Trading", "Ms Lee", "555-0101", "English"],
    ["K2", "Lark Ltd", "Mr Wong", "", "繁體中文"],
    ["K3/east", "Moss Co", "王经理", "", "简体中文"],
  ];
  // Without the column, each letter goes in the language the review is run in.
  workbook
    .addWorksheet("Customers")
    .addRows(options.letterLanguages ? customers : customers.map((row) => row.slice(0, 4)));
  workbook.addWorksheet("Receivables").addRows([
    [
      "Customer ID",
      "Invoice No",
      "Invoice date",
      "Due date",
      "Amount",
      "Paid amount",
      "Paid date",
      "Disputed",
    ],
    ["K1", "INV-1", "2026-03-02", "2026-04-01", 10000, "", "", "yes"],
    ["K1", "INV-2", "2026-05-11", "2026-06-10", 5000, "", "", ""],
    ["K2", "INV-3", "2026-04-01", "2026-05-01", 8000, 8000, "2026-06-24", ""],
    ["K2", "INV-4", "2026-04-16", "2026-05-16", 3000, "", "", ""],
    ["K3/east", "INV-5", "2026-05-26", "2026-06-25", 2000, "", "", ""],
  ]);
  workbook.addWorksheet("Collection Log").addRows([
    // The sample's headers but Notes: a log without its optional last column.
    COLLECTION_LOG_HEADERS.filter((header) => header !== "Notes"),
    ["2026-06-01", "K2", "INV-3", "call", "Mr Wong", "2026-06-20", 8000, "", ""],
    ["2026-06-15", "K1", "INV-1", "call", "Ms Lee", "", "", "yes", "price"],
    ["2026-06-28", "K2", "INV-4", "e-mail", "Mr Wong", "2026-07-03", "", "", ""],
  ]);
  await workbook.xlsx.writeFile(path);
}
