/**
 * Header synonyms: every field recognisable in English, Simplified and Traditional Chinese, no
 * text that could name two fields of one sheet (or two sheet roles), and every Chinese synonym
 * present in both scripts.
 */
import { headerSynonyms } from "../../src/i18n/headers";
import { hasHan, simplifiedOnlyIn, toSimplified, traditionalOnlyIn } from "./script-chars";
import { normaliseHeader } from "./text-checks";

const synonyms = headerSynonyms();
const groups: [string, Record<string, string[]>][] = [
  ["customers", synonyms.customers],
  ["receivables", synonyms.receivables],
  ["orders", synonyms.orders],
  ["sheetNames", synonyms.sheetNames],
];
const everyList = groups.flatMap(([group, fields]) =>
  Object.entries(fields).map(([field, list]) => [`${group}.${field}`, list] as const)
);

const isEnglish = (text: string) => /^[\x20-\x7e]+$/.test(text) && /[A-Za-z]/.test(text);
const isSimplified = (text: string) => hasHan(text) && traditionalOnlyIn(text).length === 0;
const isTraditional = (text: string) => hasHan(text) && simplifiedOnlyIn(text).length === 0;

describe("every field can be recognised in all three languages", () => {
  test.each(everyList)("%s has English, Simplified and Traditional synonyms", (_field, list) => {
    expect(list.some(isEnglish)).toBe(true);
    expect(list.some(isSimplified)).toBe(true);
    expect(list.some(isTraditional)).toBe(true);
  });

  test("the 18 factors carry the manuals' names in both scripts", () => {
    const c = synonyms.customers;
    expect(c.paymentRecord).toEqual(expect.arrayContaining(["付款记录", "付款記錄"]));
    expect(c.bankCredit).toEqual(expect.arrayContaining(["银行信用", "銀行信用"]));
    expect(c.solvency).toEqual(expect.arrayContaining(["偿债能力", "償債能力"]));
    expect(c.capitalSize).toEqual(expect.arrayContaining(["资本总额", "資本總額"]));
    expect(c.marketAppeal).toEqual(
      expect.arrayContaining(["对市场吸引力影响", "對市場吸引力影響"])
    );
    expect(c.guarantee).toEqual(expect.arrayContaining(["担保条件", "擔保條件"]));
    expect(c.substitutability).toContain("可替代性");
  });

  test("the examples of a real sheet are recognised", () => {
    expect(synonyms.customers.id).toEqual(
      expect.arrayContaining([
        "Customer ID",
        "Customer No.",
        "Cust ID",
        "Account",
        "客户编号",
        "客戶編號",
        "客户代码",
        "客戶代碼",
      ])
    );
    expect(synonyms.receivables.amount).toEqual(
      expect.arrayContaining(["Amount", "Invoice Amount", "金额", "金額", "发票金额", "發票金額"])
    );
    expect(synonyms.sheetNames.receivables).toEqual(
      expect.arrayContaining(["Receivables", "AR", "Invoices", "应收账款", "應收帳款", "應收賬款"])
    );
    expect(synonyms.sheetNames.customers).toEqual(
      expect.arrayContaining(["Customers", "客户", "客戶", "客户资料", "客戶資料"])
    );
    expect(synonyms.sheetNames.orders).toEqual(expect.arrayContaining(["Orders", "订单", "訂單"]));
  });
});

describe("no synonym is ambiguous", () => {
  test.each(groups)("%s: no text names two fields", (_group, fields) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [field, list] of Object.entries(fields)) {
      for (const text of list) {
        const key = normaliseHeader(text);
        const previous = owner.get(key);
        if (previous !== undefined && previous !== field)
          clashes.push(`"${text}": ${previous} / ${field}`);
        owner.set(key, field);
      }
    }
    expect(clashes).toEqual([]);
  });

  test.each(everyList)("%s: no blank or repeated synonym", (_field, list) => {
    expect(list.filter((text) => text.trim() === "" || text !== text.trim())).toEqual([]);
    expect(new Set(list.map(normaliseHeader)).size).toBe(list.length);
  });
});

describe("Chinese synonyms exist in both scripts", () => {
  test.each(everyList)(
    "%s: each Traditional text has its Simplified twin and vice versa",
    (_field, list) => {
      const present = new Set(list);
      const chinese = list.filter(hasHan);
      // A Traditional text simplifies to a listed text.
      const lackingSimplified = chinese.filter(
        (text) => traditionalOnlyIn(text).length > 0 && !present.has(toSimplified(text))
      );
      // A Simplified text is the simplification of some listed Traditional text.
      const lackingTraditional = chinese.filter(
        (text) =>
          simplifiedOnlyIn(text).length > 0 &&
          !chinese.some((other) => other !== text && toSimplified(other) === text)
      );
      expect({ lackingSimplified, lackingTraditional }).toEqual({
        lackingSimplified: [],
        lackingTraditional: [],
      });
    }
  );
});

describe("headerSynonyms()", () => {
  test("returns a fresh copy, so one caller's edit cannot leak into another's", () => {
    const first = headerSynonyms();
    first.customers.id.push("changed");
    expect(headerSynonyms().customers.id).not.toContain("changed");
  });
});
