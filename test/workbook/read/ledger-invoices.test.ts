/**
 * The ledger's answer to the Collection Log: does this customer have this invoice number?
 * Worked on a small ledger where one number is shared by two customers, then checked against
 * the plain reading of the rows on random ledgers.
 */
import fc from "fast-check";
import { ledgerInvoices } from "../../../src/workbook/ledger-invoices";

const LEDGER = [
  { customerId: "C1", invoiceNo: "INV-1" },
  { customerId: "C1", invoiceNo: "INV-2" },
  { customerId: "C2", invoiceNo: "INV-3" },
  // The same number used by two customers (two companies' invoices merged in one ledger).
  { customerId: "C2", invoiceNo: "INV-9" },
  { customerId: "C3", invoiceNo: "INV-9" },
  { customerId: "C3", invoiceNo: "INV-9" },
];

describe("ledgerInvoices", () => {
  const ledger = ledgerInvoices(LEDGER);

  it("holds the invoices each customer has and no other customer's", () => {
    expect(ledger.holds("C1", "INV-1")).toBe(true);
    expect(ledger.holds("C1", "INV-2")).toBe(true);
    expect(ledger.holds("C2", "INV-3")).toBe(true);
    expect(ledger.holds("C1", "INV-3")).toBe(false);
    expect(ledger.holds("C2", "INV-1")).toBe(false);
  });

  it("holds a number shared by two customers for both, and for nobody else", () => {
    expect(ledger.holds("C2", "INV-9")).toBe(true);
    expect(ledger.holds("C3", "INV-9")).toBe(true);
    expect(ledger.holds("C1", "INV-9")).toBe(false);
  });

  it("holds no number the ledger lacks, nor for a customer it lacks", () => {
    expect(ledger.holds("C1", "INV-4")).toBe(false);
    expect(ledger.holds("C9", "INV-1")).toBe(false);
    expect(ledgerInvoices([]).holds("C1", "INV-1")).toBe(false);
  });

  it("answers as the rows read one by one do, on any ledger", () => {
    const id = fc.constantFrom("C1", "C2", "C3", "C4");
    const invoice = fc.constantFrom("1", "2", "3", "4", "5");
    fc.assert(
      fc.property(
        fc.array(fc.record({ customerId: id, invoiceNo: invoice }), { maxLength: 30 }),
        fc.array(fc.tuple(id, invoice), { maxLength: 20 }),
        (rows, questions) => {
          const ledger = ledgerInvoices(rows);
          for (const [customerId, invoiceNo] of questions) {
            const plain = rows.some(
              (row) => row.customerId === customerId && row.invoiceNo === invoiceNo
            );
            expect(ledger.holds(customerId, invoiceNo)).toBe(plain);
          }
        }
      )
    );
  });

  it("answers for a number every customer uses (numbering per customer)", () => {
    // 100,000 customers each with an invoice "1": kept as a list searched on every row this
    // took some 15 seconds (measured, not asserted here); each customer is still told apart.
    const rows = Array.from({ length: 100_000 }, (_, c) => ({
      customerId: `C${c}`,
      invoiceNo: "1",
    }));
    const ledger = ledgerInvoices(rows);
    expect(ledger.holds("C0", "1")).toBe(true);
    expect(ledger.holds("C99999", "1")).toBe(true);
    expect(ledger.holds("C100000", "1")).toBe(false);
    expect(ledger.holds("C5", "2")).toBe(false);
  });
});
