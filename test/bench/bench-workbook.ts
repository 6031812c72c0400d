/**
 * Large deterministic workbooks for the command-line benchmark, written with exceljs' streaming
 * writer so that generating 500k rows does not itself need gigabytes. The shapes are those of the
 * sample workbook: a customer sheet with the 18 factor ratings, a ledger, orders. Customers =
 * receivables / 20; orders = receivables / 5 (four a year per customer). On request a Collection
 * Log sheet about the ledger's own invoices (issue 9), drawn from its own seed so that the other
 * sheets stay the same with or without it.
 */
import { addDays } from "../../src/engine/serial-date";
import { existsSync, mkdirSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { seededRandom } from "../../assets/sample/prng";
import { dateCell } from "../../assets/sample/sample-model";
import { serialFromIso } from "../../src/engine/dates";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { CONTACT_ACTIONS } from "../../src/engine/types";
import { headerSynonyms } from "../../src/i18n/headers";
import { COLLECTION_LOG_FIELDS } from "../../src/workbook/fields";

export const BENCH_AS_OF_ISO = "2026-06-30";
const AS_OF = serialFromIso(BENCH_AS_OF_ISO);
const ROWS_PER_CUSTOMER = 20;
const ORDERS_PER_CUSTOMER = 4;
/** Bump when the generated content changes, so cached files are rebuilt. */
const FORMAT_VERSION = 1;
const LEDGER_DAYS = 540;

export interface BenchWorkbook {
  path: string;
  receivables: number;
  customers: number;
  orders: number;
  /** Lines of the Collection Log sheet (0: none). */
  logLines: number;
  bytes: number;
}

const FACTOR_HEADERS = DEFAULT_POLICY.score.factors.map((factor) => factor.key);

function customerId(index: number): string {
  return `C${String(index + 1).padStart(7, "0")}`;
}

/**
 * A Collection Log as users keep it: a third promises to pay (half with an amount), a tenth
 * dispute lines (70 % yes), the rest plain contacts; a quarter of promises and disputes name no
 * invoice, i.e. concern the whole customer. Dated within the year before the as-of date.
 */
function addCollectionLog(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  invoices: readonly { id: string; no: string }[],
  lines: number,
  seed: number
): void {
  const random = seededRandom(seed + 1);
  const headers = headerSynonyms().collectionLog;
  const sheet = workbook.addWorksheet("Collection Log");
  sheet.addRow(COLLECTION_LOG_FIELDS.map((field) => headers[field][0])).commit();
  const column = new Map(COLLECTION_LOG_FIELDS.map((field, i) => [field, i]));
  const at = (field: (typeof COLLECTION_LOG_FIELDS)[number]): number => column.get(field) ?? -1;
  for (let i = 0; i < lines; i++) {
    const invoice = invoices[random.int(0, invoices.length - 1)];
    const date = addDays(AS_OF, -random.int(0, 365));
    const kind = random.next();
    const wholeCustomer = random.chance(0.25);
    const cells: (string | number | Date | null)[] = COLLECTION_LOG_FIELDS.map(() => null);
    cells[at("date")] = dateCell(date);
    cells[at("customerId")] = invoice.id;
    cells[at("action")] = random.pick(CONTACT_ACTIONS).toLowerCase();
    cells[at("person")] = `Collector ${random.int(1, 20)}`;
    if (kind < 1 / 3) {
      cells[at("promisedDate")] = dateCell(addDays(date, random.int(1, 45)));
      if (random.chance(0.5)) cells[at("promisedAmount")] = random.int(10, 50_000);
      if (!wholeCustomer) cells[at("invoiceNo")] = invoice.no;
    } else if (kind < 1 / 3 + 0.1) {
      cells[at("disputed")] = random.chance(0.7) ? "yes" : "no";
      if (!wholeCustomer) cells[at("invoiceNo")] = invoice.no;
    } else cells[at("invoiceNo")] = invoice.no;
    sheet.addRow(cells).commit();
  }
  sheet.commit();
}

async function writeWorkbook(
  path: string,
  receivables: number,
  seed: number,
  logLines: number
): Promise<void> {
  const random = seededRandom(seed);
  const customers = Math.max(1, Math.floor(receivables / ROWS_PER_CUSTOMER));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });

  const customerSheet = workbook.addWorksheet("Customers");
  customerSheet
    .addRow(["Customer ID", "Customer name", ...FACTOR_HEADERS, "Bad payments (3 months)"])
    .commit();
  const quality: number[] = [];
  for (let c = 0; c < customers; c++) {
    quality.push(random.between(2.5, 9.8));
    const ratings = FACTOR_HEADERS.map(() =>
      Math.min(10, Math.max(0, Math.round(quality[c] + random.between(-1.5, 1.5))))
    );
    customerSheet
      .addRow([
        customerId(c),
        `Customer ${c + 1} Ltd.`,
        ...ratings,
        random.chance(0.05) ? random.int(1, 5) : 0,
      ])
      .commit();
  }
  customerSheet.commit();

  const ledger = workbook.addWorksheet("Receivables");
  ledger.columns = [
    { header: "Customer ID", key: "id", width: 12 },
    { header: "Invoice No", key: "no", width: 14 },
    { header: "Invoice date", key: "date", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Due date", key: "due", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Amount", key: "amount", width: 14, style: { numFmt: "#,##0.00" } },
    { header: "Paid amount", key: "paid", width: 14, style: { numFmt: "#,##0.00" } },
    { header: "Paid date", key: "paidDate", width: 12, style: { numFmt: "yyyy-mm-dd" } },
  ];
  const invoices: { id: string; no: string }[] = [];
  for (let r = 0; r < receivables; r++) {
    const c = random.int(0, customers - 1);
    const invoiceDay = addDays(AS_OF, -random.int(0, LEDGER_DAYS));
    const terms = random.pick([30, 30, 45, 60, 90]);
    const amount = Math.round(random.between(1_000, 200_000) * 100) / 100;
    const payDay = addDays(
      invoiceDay,
      terms + Math.round((10 - quality[c]) * random.between(0, 12)) - 5
    );
    const paid = payDay <= AS_OF && random.chance(0.9);
    const no = `INV-${String(r + 1).padStart(8, "0")}`;
    if (logLines > 0) invoices.push({ id: customerId(c), no });
    ledger
      .addRow({
        id: customerId(c),
        no,
        date: dateCell(invoiceDay),
        due: dateCell(addDays(invoiceDay, terms)),
        amount,
        paid: paid ? amount : null,
        paidDate: paid ? dateCell(payDay) : null,
      })
      .commit();
  }
  ledger.commit();

  const orders = workbook.addWorksheet("Orders");
  orders.columns = [
    { header: "Customer ID", key: "id", width: 12 },
    { header: "Order date", key: "date", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Amount", key: "amount", width: 14, style: { numFmt: "#,##0.00" } },
    { header: "Shipped", key: "shipped", width: 9 },
  ];
  for (let c = 0; c < customers; c++) {
    for (let o = 0; o < ORDERS_PER_CUSTOMER; o++) {
      const day = addDays(AS_OF, -random.int(0, 364));
      orders
        .addRow({
          id: customerId(c),
          date: dateCell(day),
          amount: Math.round(random.between(5_000, 300_000)),
          shipped: random.chance(0.85) ? "Yes" : "No",
        })
        .commit();
    }
  }
  orders.commit();
  if (logLines > 0) addCollectionLog(workbook, invoices, logLines, seed);
  await workbook.commit();
}

/** The workbook of `receivables` rows in `dir`, generated once and reused while its content is unchanged. */
export async function benchWorkbook(
  dir: string,
  receivables: number,
  seed = 20260630,
  logLines = 0
): Promise<BenchWorkbook> {
  mkdirSync(dir, { recursive: true });
  const log = logLines > 0 ? `-log${logLines}` : "";
  const path = join(dir, `bench-v${FORMAT_VERSION}-${receivables}-${seed}${log}.xlsx`);
  if (!existsSync(path)) {
    const partial = `${path}.partial`;
    await writeWorkbook(partial, receivables, seed, logLines);
    renameSync(partial, path);
  }
  const customers = Math.max(1, Math.floor(receivables / ROWS_PER_CUSTOMER));
  return {
    path,
    receivables,
    customers,
    orders: customers * ORDERS_PER_CUSTOMER,
    logLines,
    bytes: statSync(path).size,
  };
}
