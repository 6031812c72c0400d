/**
 * Large deterministic workbooks for the command-line benchmark, written with exceljs' streaming
 * writer so that generating 500k rows does not itself need gigabytes. The shapes are those of the
 * sample workbook: a customer sheet with the 18 factor ratings, a ledger, orders. Customers =
 * receivables / 20; orders = receivables / 5 (four a year per customer).
 */
import { addDays } from "../../src/engine/serial-date";
import { existsSync, mkdirSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { seededRandom } from "../../assets/sample/prng";
import { dateCell } from "../../assets/sample/sample-model";
import { serialFromIso } from "../../src/engine/dates";
import { DEFAULT_POLICY } from "../../src/engine/policy";

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
  bytes: number;
}

const FACTOR_HEADERS = DEFAULT_POLICY.score.factors.map((factor) => factor.key);

function customerId(index: number): string {
  return `C${String(index + 1).padStart(7, "0")}`;
}

async function writeWorkbook(path: string, receivables: number, seed: number): Promise<void> {
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
    ledger
      .addRow({
        id: customerId(c),
        no: `INV-${String(r + 1).padStart(8, "0")}`,
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
  await workbook.commit();
}

/** The workbook of `receivables` rows in `dir`, generated once and reused while its content is unchanged. */
export async function benchWorkbook(
  dir: string,
  receivables: number,
  seed = 20260630
): Promise<BenchWorkbook> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `bench-v${FORMAT_VERSION}-${receivables}-${seed}.xlsx`);
  if (!existsSync(path)) {
    const partial = `${path}.partial`;
    await writeWorkbook(partial, receivables, seed);
    renameSync(partial, path);
  }
  const customers = Math.max(1, Math.floor(receivables / ROWS_PER_CUSTOMER));
  return {
    path,
    receivables,
    customers,
    orders: customers * ORDERS_PER_CUSTOMER,
    bytes: statSync(path).size,
  };
}
