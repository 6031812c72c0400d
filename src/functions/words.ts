/**
 * Text results in the language a formula asks for. Collection actions, debt classes and "Not due"
 * are the very words the review writes into the workbook (src/i18n), so a cell computed by a
 * function matches the pane's output. The order-check verdicts are the function's own words.
 */
import type { CollectionAction, DebtClass, OrderCheck } from "../engine/types";
import type { OutputLabelTexts } from "../i18n/output-labels-shape";
import { outputTexts } from "../i18n/output-texts";
import type { FunctionLanguage } from "./language";

/** ORDERCHECK's verdicts; English is exactly the engine's value. */
const ORDER_CHECK_WORDS: Record<FunctionLanguage, Record<OrderCheck, string>> = {
  "en-US": { OK: "OK", "CASH ONLY": "CASH ONLY", HOLD: "HOLD" },
  "zh-CN": { OK: "可发货", "CASH ONLY": "仅限现款", HOLD: "暂停发货" },
  "zh-TW": { OK: "可出貨", "CASH ONLY": "僅限現款", HOLD: "暫停出貨" },
};

/** Built once per language: a sheet may call these functions in thousands of cells. */
const labelsByLanguage = new Map<FunctionLanguage, OutputLabelTexts>();

function labelsFor(language: FunctionLanguage): OutputLabelTexts {
  let labels = labelsByLanguage.get(language);
  if (!labels) {
    labels = outputTexts(language);
    labelsByLanguage.set(language, labels);
  }
  return labels;
}

export function notDueWord(language: FunctionLanguage): string {
  return labelsFor(language).notDue;
}

export function collectionActionWord(action: CollectionAction, language: FunctionLanguage): string {
  return labelsFor(language).actions[action];
}

export function debtClassWord(debtClass: DebtClass, language: FunctionLanguage): string {
  return labelsFor(language).debtClasses[debtClass];
}

export function orderCheckWord(verdict: OrderCheck, language: FunctionLanguage): string {
  return ORDER_CHECK_WORDS[language][verdict];
}
