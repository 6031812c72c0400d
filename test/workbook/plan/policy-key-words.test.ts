/**
 * The Credit Policy Used sheet names each setting in the chosen language beside its key, and is
 * still read back by its keys: the words are a third column the reader ignores.
 */
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { SUPPORTED_LOCALES } from "../../../src/i18n/locales";
import { outputLabels } from "../../../src/i18n/output-labels";
import { buildPolicySheet } from "../../../src/workbook/plan-policy-sheet";
import { policyKeyLabel } from "../../../src/workbook/policy-key-label";
import { policyToRows } from "../../../src/workbook/policy-rows";
import type { RawCell, RawSheet } from "../../../src/workbook/raw";
import { readPolicySheet } from "../../../src/workbook/read-policy-sheet";

const NAME = { name: "Credit Policy Used", knownNames: ["Credit Policy Used"] };

describe("words beside the policy keys", () => {
  test.each(SUPPORTED_LOCALES)("%s names every key of the default policy", (locale) => {
    const words = outputLabels(locale, DEFAULT_POLICY).policyKeys;
    if (!words) throw new Error(`${locale} has no policy key words`);
    const unnamed = policyToRows(DEFAULT_POLICY)
      .map(([key]) => key)
      .filter((key) => policyKeyLabel(key, words) === null);
    expect(unnamed).toEqual([]);
  });

  test("positions and factor names are filled in: band 2's multiplier, the payment record's weight", () => {
    const en = outputLabels("en-US", DEFAULT_POLICY).policyKeys;
    const zh = outputLabels("zh-CN", DEFAULT_POLICY).policyKeys;
    if (!en || !zh) throw new Error("policy key words missing");
    expect(policyKeyLabel("limit.bands.2.multiplier", en)).toBe(
      "Limit band 2: multiple of the base"
    );
    expect(policyKeyLabel("score.factors.paymentRecord.weight", en)).toBe("Payment record: weight");
    expect(policyKeyLabel("score.factors.paymentRecord.weight", zh)).toBe("付款记录：权重");
    expect(policyKeyLabel("collection.3.action", zh)).toBe("催收步骤 3：措施");
    expect(policyKeyLabel("no.such.key", en)).toBeNull();
  });

  test("the sheet shows key | value | words, and reads back as the same policy", () => {
    const words = outputLabels("zh-TW", DEFAULT_POLICY).policyKeys;
    const sheet = buildPolicySheet({
      policy: DEFAULT_POLICY,
      title: "信用政策",
      sheetName: NAME,
      words,
    });
    expect(sheet.cells[0]).toEqual(["信用政策", DEFAULT_POLICY.version, "設定項"]);
    const newBase = sheet.cells.find((row) => row[0] === "limit.newCustomerBase");
    expect(newBase).toEqual(["limit.newCustomerBase", 300000, "新客戶的額度基數"]);
    expect(sheet.columnWidths).toHaveLength(3);
    const raw: RawSheet = {
      name: "Credit Policy Used",
      cells: sheet.cells as RawCell[][],
      firstRow: 1,
      firstColumn: 1,
    };
    const read = readPolicySheet(raw, DEFAULT_POLICY);
    expect(read.problems).toEqual([]);
    expect(read.accepted).toBe(true);
    expect(read.policy).toEqual(DEFAULT_POLICY);
  });
});
