/**
 * Turns the sample book into a workbook the way a credit department keeps one: an English
 * customer sheet under a merged title, a ledger with Chinese headers, orders in an Excel
 * Table, and the policy as key/value pairs.
 */
import ExcelJS from "exceljs";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import type { FactorKey } from "../../src/engine/types";
import { columnLetter } from "../../src/workbook/plan-address";
import { policyToRows } from "../../src/workbook/policy-rows";
import {
  AS_OF_ISO,
  CURRENCY,
  dateCell,
  type SampleBook,
  type SampleCustomer,
  type SampleInvoice,
} from "./sample-model";
import {
  COLLECTION_LOG_HEADERS,
  COLLECTION_LOG_SHEET,
  collectionLogRows,
  contactOf,
  invoiceNumber,
} from "./collection-log";

export const SHEET_NAMES = {
  customers: "Customers",
  receivables: "Receivables",
  orders: "Orders",
  policy: "Policy",
} as const;
export const ORDERS_TABLE_NAME = "OrdersTable";
/** Customers: a merged title in row 1, headers in row 2. */
export const CUSTOMER_HEADER_ROW = 2;
/** Orders: a note in row 1, the table's header in row 3. */
export const ORDERS_HEADER_ROW = 3;

const DATE_FORMAT = "yyyy-mm-dd";
const MONEY_FORMAT = "#,##0.00";
const UNITS_FORMAT = "#,##0";
/** Fixed document dates: the file must not depend on when it was made. */
const DOCUMENT_DATE = new Date(Date.UTC(2026, 5, 30));

const FACTOR_HEADERS: Record<FactorKey, string> = {
  paymentRecord: "Payment record",
  bankCredit: "Bank credit",
  profitability: "Profitability",
  solvency: "Solvency",
  operatingCapacity: "Operating capacity",
  capitalSize: "Capital size",
  firstImpression: "First impression",
  history: "History",
  organisation: "Organisation & management",
  operatingStatus: "Operating status",
  productMarket: "Product & market",
  prospects: "Prospects",
  dealMargin: "Deal margin",
  productRequirements: "Product requirements",
  marketAppeal: "Market appeal",
  competitiveness: "Competitiveness",
  guarantee: "Guarantee",
  substitutability: "Substitutability",
};

interface CustomerColumn {
  header: string;
  width: number;
  format?: string;
  value: (customer: SampleCustomer, row: number) => ExcelJS.CellValue;
}

const yes = (flag: boolean | undefined): string | null => (flag ? "Yes" : null);

function customerColumns(): CustomerColumn[] {
  const columns: CustomerColumn[] = [
    { header: "Customer ID", width: 12, value: (c) => c.id },
    { header: "Customer name", width: 36, value: (c) => c.name },
    ...DEFAULT_POLICY.score.factors.map(({ key }): CustomerColumn => ({
      header: FACTOR_HEADERS[key],
      width: 11,
      value: (c) => c.ratings[key] ?? null,
    })),
  ];
  const figure = (
    header: string,
    pick: (c: SampleCustomer) => number | undefined
  ): CustomerColumn => ({
    header,
    width: 15,
    format: UNITS_FORMAT,
    value: (c) => pick(c) ?? null,
  });
  columns.push(
    figure("Current assets", (c) => c.financials?.currentAssets),
    figure("Inventory", (c) => c.financials?.inventory),
    figure("Current liabilities", (c) => c.financials?.currentLiabilities),
    figure("Total assets", (c) => c.financials?.totalAssets),
    figure("Total liabilities", (c) => c.financials?.totalLiabilities)
  );
  const assets = columnLetter(columns.length - 1);
  const liabilities = columnLetter(columns.length);
  columns.push(
    {
      header: "Equity",
      width: 15,
      format: UNITS_FORMAT,
      // Equity is kept as a formula, as people do; the cached result is what a reader sees.
      value: (c, row) =>
        c.financials
          ? {
              formula: `${assets}${row}-${liabilities}${row}`,
              result: c.financials.totalAssets - c.financials.totalLiabilities,
            }
          : null,
    },
    figure("Sales", (c) => c.financials?.sales),
    figure("Net profit", (c) => c.financials?.netProfit),
    figure("Interest charges", (c) => c.financials?.interestCharges),
    figure("Receivables balance", (c) => c.financials?.receivables),
    figure("Fixed assets", (c) => c.financials?.fixedAssets),
    { header: "Years in business", width: 10, value: (c) => c.yearsInBusiness ?? null },
    { header: "Bad payments (3 months)", width: 12, value: (c) => c.badPayments3m ?? null },
    { header: "New customer", width: 10, value: (c) => yes(c.isNewCustomer) },
    { header: "Manual status", width: 12, value: (c) => c.manualStatus ?? null },
    { header: "Long-standing", width: 10, value: (c) => yes(c.longStanding) },
    // Contact columns come last, so the rows and columns before them stay where they were.
    { header: "Contact person", width: 14, value: (c) => contactOf(c)?.person ?? null },
    { header: "E-mail", width: 30, value: (c) => contactOf(c)?.email ?? null },
    { header: "Phone", width: 16, value: (c) => contactOf(c)?.phone ?? null },
    { header: "Address", width: 40, value: (c) => contactOf(c)?.address ?? null },
    { header: "Letter language", width: 12, value: (c) => contactOf(c)?.language ?? null }
  );
  return columns;
}

function writeCustomers(workbook: ExcelJS.Workbook, customers: SampleCustomer[]): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.customers, {
    views: [{ state: "frozen", xSplit: 2, ySplit: CUSTOMER_HEADER_ROW }],
  });
  const columns = customerColumns();
  sheet.mergeCells(1, 1, 1, 8);
  const title = sheet.getCell(1, 1);
  title.value = `Customers — credit file as of ${AS_OF_ISO} (amounts in ${CURRENCY})`;
  title.font = { bold: true, size: 14 };
  columns.forEach((column, index) => {
    const header = sheet.getCell(CUSTOMER_HEADER_ROW, index + 1);
    header.value = column.header;
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "top" };
    sheet.getColumn(index + 1).width = column.width;
  });
  customers.forEach((customer, offset) => {
    const rowNumber = CUSTOMER_HEADER_ROW + 1 + offset;
    const row = sheet.getRow(rowNumber);
    columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      cell.value = column.value(customer, rowNumber);
      if (column.format) cell.numFmt = column.format;
    });
    if (customer.hidden) row.hidden = true;
  });
}

const LEDGER_HEADERS = [
  "客户编号",
  "发票号",
  "开票日期",
  "到期日",
  "金额",
  "已付金额",
  "付款日期",
  "Currency",
];
const LEDGER_WIDTHS = [12, 18, 12, 12, 14, 14, 12, 9];
const AMOUNT_COLUMN = 5;
const PAID_COLUMN = 6;

function ledgerFormula(
  line: SampleInvoice,
  rowNumber: number
): Partial<Record<number, ExcelJS.CellValue>> {
  const amount = `${columnLetter(AMOUNT_COLUMN)}${rowNumber}`;
  if (line.formula === "amountAsProduct")
    return { [AMOUNT_COLUMN]: { formula: "12*1500", result: 18_000 } };
  if (line.formula === "paidAsHalfOfAmount")
    return { [PAID_COLUMN]: { formula: `${amount}/2`, result: line.paid as number } };
  return {};
}

function writeReceivables(workbook: ExcelJS.Workbook, invoices: SampleInvoice[]): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.receivables, {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  LEDGER_HEADERS.forEach((header, index) => {
    const cell = sheet.getCell(1, index + 1);
    cell.value = header;
    cell.font = { bold: true };
    sheet.getColumn(index + 1).width = LEDGER_WIDTHS[index];
  });
  for (const column of [3, 4, 7]) sheet.getColumn(column).numFmt = DATE_FORMAT;
  for (const column of [AMOUNT_COLUMN, PAID_COLUMN]) sheet.getColumn(column).numFmt = MONEY_FORMAT;
  invoices.forEach((line, index) => {
    const rowNumber = index + 2;
    const invoiceNo = invoiceNumber(index);
    const values = [
      line.customerId,
      invoiceNo,
      line.invoiceDate,
      line.dueDate,
      line.amount,
      line.paid,
      line.paidDate,
      line.currency,
    ];
    const row = sheet.getRow(rowNumber);
    const formulas = ledgerFormula(line, rowNumber);
    values.forEach((value, column) => {
      row.getCell(column + 1).value = formulas[column + 1] ?? value;
    });
    if (line.customerIdFormat) row.getCell(1).numFmt = line.customerIdFormat;
    if (line.hidden) row.hidden = true;
  });
}

function writeOrders(workbook: ExcelJS.Workbook, book: SampleBook): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.orders);
  sheet.getCell(1, 1).value = "Orders of the last 12 months (shipped and open)";
  sheet.getCell(1, 1).font = { italic: true };
  sheet.addTable({
    name: ORDERS_TABLE_NAME,
    ref: `A${ORDERS_HEADER_ROW}`,
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: [
      { name: "Customer ID" },
      { name: "Order date" },
      { name: "Amount" },
      { name: "Shipped" },
    ],
    rows: book.orders.map((order) => [
      order.customerId,
      dateCell(order.orderDate),
      order.amount,
      order.shipped ? "Yes" : "No",
    ]),
  });
  sheet.getColumn(2).numFmt = DATE_FORMAT;
  sheet.getColumn(3).numFmt = MONEY_FORMAT;
  [12, 12, 14, 9].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
}

function writeCollectionLog(workbook: ExcelJS.Workbook, book: SampleBook): void {
  const sheet = workbook.addWorksheet(COLLECTION_LOG_SHEET, {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.getRow(1).values = [...COLLECTION_LOG_HEADERS];
  sheet.getRow(1).font = { bold: true };
  collectionLogRows(book).forEach((values, index) => {
    sheet.getRow(index + 2).values = values;
  });
  for (const column of [1, 6]) sheet.getColumn(column).numFmt = DATE_FORMAT;
  sheet.getColumn(7).numFmt = MONEY_FORMAT;
  [12, 12, 14, 9, 14, 12, 14, 9, 18, 36].forEach(
    (width, index) => (sheet.getColumn(index + 1).width = width)
  );
}

/** The default policy in the key/value form the workbook layer reads back (src/workbook/policy-rows.ts). */
function writePolicy(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.policy);
  sheet.getRow(1).values = ["Key", "Value"];
  sheet.getRow(1).font = { bold: true };
  policyToRows(DEFAULT_POLICY).forEach(([key, value], index) => {
    sheet.getRow(index + 2).values = [key, value === "" ? null : value];
  });
  sheet.getColumn(1).width = 42;
  sheet.getColumn(2).width = 18;
}

export function sampleWorkbook(book: SampleBook): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Credit Desk";
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;
  writeCustomers(workbook, book.customers);
  writeReceivables(workbook, book.invoices);
  writeOrders(workbook, book);
  writePolicy(workbook);
  writeCollectionLog(workbook, book);
  return workbook;
}
