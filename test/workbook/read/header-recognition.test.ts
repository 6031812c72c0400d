/**
 * Header recognition beyond exact synonyms (issue 13): headers that differ from a synonym only by
 * case, width, punctuation and filler words name its field; headers that merely come close are
 * warned about, naming the field; unrelated headers name nothing.
 */
import fc from "fast-check";
import { headerSynonyms } from "../../../src/i18n/headers";
import { fieldIndex, fieldsForHeader, resembledFields } from "../../../src/workbook/header-index";
import { headerTokens, tokenSetKey } from "../../../src/workbook/header-tokens";
import { roleSynonyms, SHEET_ROLES } from "../../../src/workbook/role-fields";

const synonyms = headerSynonyms();
const customers = fieldIndex(roleSynonyms(synonyms, "customers"));
const receivables = fieldIndex(roleSynonyms(synonyms, "receivables"));

describe("the tokeniser", () => {
  test.each([
    ["Bad Payments Last 3 Months", ["bad", "payment", "3", "month"]],
    ["No. of bad payments (3 months)", ["bad", "payment", "3", "month"]],
    ["Bad Payments 3M", ["bad", "payment", "3", "month"]],
    ["Count of bad payments in the last three months", ["bad", "payment", "3", "month"]],
    ["ＢＡＤ　ＰＡＹＭＥＮＴＳ（３　ＭＯＮＴＨＳ）", ["bad", "payment", "3", "month"]],
    ["invoiceNo", ["invoice", "no"]],
    ["Customer No.", ["customer", "no"]],
    ["近3个月不良付款次数", ["3", "不", "良", "付", "款"]],
    ["近三個月不良付款次數", ["3", "不", "良", "付", "款"]],
    ["Last", []],
  ])("%s → %j", (header, tokens) => {
    expect(headerTokens(header)).toEqual(tokens);
  });

  test("the number stays a token: 3 months and 6 months differ", () => {
    expect(tokenSetKey("Bad payments (3 months)")).toBe("3 bad month payment");
    expect(tokenSetKey("Bad payments (6 months)")).toBe("6 bad month payment");
  });

  test("a very long header is cut before it costs work", () => {
    expect(headerTokens(`Amount ${"x".repeat(1_000_000)}`)).toEqual(["amount", "x".repeat(193)]);
  });

  test("property: case, surrounding punctuation and filler words never change the key", () => {
    const words = fc.constantFrom("bad", "payments", "3", "months", "invoice", "date", "amount");
    const fillers = fc.constantFrom("last", "the", "in", "count", "of");
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 1, maxLength: 5 }),
        fc.array(fillers, { maxLength: 3 }),
        fc.constantFrom(" ", "_", " - ", "/", ". "),
        (meaningful, filler, separator) => {
          const plain = meaningful.join(" ");
          const noisy = `(${[...filler, ...meaningful].join(separator).toUpperCase()}):`;
          expect(tokenSetKey(noisy)).toBe(tokenSetKey(plain));
        }
      )
    );
  });
});

describe("headers that name a field (a confident match maps)", () => {
  test.each([
    "Bad Payments Last 3 Months",
    "No. of bad payments (3 months)",
    "bad_payments_3m",
    "近3个月不良付款次数",
    "近3個月不良付款次數",
    "近三个月不良付款次数",
  ])("%s → badPayments3m", (header) => {
    expect(fieldsForHeader(customers, header)).toEqual(["badPayments3m"]);
  });

  test("camelCase and spelled-out forms of other fields", () => {
    expect(fieldsForHeader(customers, "CustomerID")).toEqual(["id"]);
    expect(fieldsForHeader(receivables, "invoiceNo")).toEqual(["invoiceNo"]);
    expect(fieldsForHeader(receivables, "Terms in days")).toEqual(["termsDays"]);
  });
});

describe("headers that must NOT name a field", () => {
  test.each([
    "Region",
    "Sales rep",
    "Payment Method",
    "Bad Debt Provision",
    "Credit Limit",
    "Account Manager",
    "Months",
    "Count",
    "Bad Payments Last 6 Months",
  ])("%s names no customer field", (header) => {
    expect(fieldsForHeader(customers, header)).toEqual([]);
  });
});

describe("headers that resemble a field give a warning naming it", () => {
  test.each([
    ["Bad Payments Last 6 Months", ["badPayments3m"]],
    ["Bad Paymnets", ["badPayments3m"]],
    ["近6个月不良付款次数", ["badPayments3m"]],
    ["Unshiped Orders", ["unshippedOrders"]],
  ])("%s resembles %j", (header, fields) => {
    expect(resembledFields(customers, header)).toEqual(fields);
  });

  test.each(["Region", "Sales rep", "Payment Method", "Account Manager", "Customer Since"])(
    "%s resembles nothing (one shared word is chance)",
    (header) => {
      expect(resembledFields(customers, header)).toEqual([]);
    }
  );

  test("a header that names a field is a match, not a resemblance", () => {
    expect(resembledFields(customers, "Bad Payments Last 3 Months")).toEqual([]);
  });
});

describe("the product's synonyms stay unambiguous under token matching", () => {
  test.each(SHEET_ROLES)("no token set of %s names two fields", (role) => {
    const index = fieldIndex(roleSynonyms(synonyms, role));
    const shared = [...index.byTokens].filter(([, fields]) => fields.length > 1);
    expect(shared).toEqual([]);
  });
});
