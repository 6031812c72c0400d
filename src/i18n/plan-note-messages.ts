/**
 * The notes of an output plan in the reader's language, the only place they are worded. A note
 * carries its code and params (`workbook/plan-note.ts`); one template per code per locale, and
 * one phrase per kind of item the note names (a customer, an invoice of a customer).
 */
import type { PlanNote, PlanNoteCode, PlanNoteItem } from "../workbook/plan-note";
import { formatNumber } from "./format";
import { interpolate } from "./interpolate";
import { baseLocale, type DisplayLocale, type SupportedLocale } from "./locales";
import { EN_US_PLAN_NOTES } from "./plan-note-messages/en-US";
import { ZH_CN_PLAN_NOTES } from "./plan-note-messages/zh-CN";
import { ZH_TW_PLAN_NOTES } from "./plan-note-messages/zh-TW";

/** `NO_ROW_ON_SHEET` says where else a customer's and an invoice's results are: one each. */
export type PlanNoteTemplateKey =
  Exclude<PlanNoteCode, "NO_ROW_ON_SHEET"> | `NO_ROW_ON_SHEET.${PlanNoteItem["kind"]}`;

export interface PlanNoteTexts {
  items: Record<PlanNoteItem["kind"], string>;
  templates: Record<PlanNoteTemplateKey, string>;
}

export const PLAN_NOTE_CATALOGS: Readonly<Record<SupportedLocale, PlanNoteTexts>> = {
  "en-US": EN_US_PLAN_NOTES,
  "zh-CN": ZH_CN_PLAN_NOTES,
  "zh-TW": ZH_TW_PLAN_NOTES,
};

function templateKey(note: PlanNote): PlanNoteTemplateKey {
  return note.code === "NO_ROW_ON_SHEET" ? `NO_ROW_ON_SHEET.${note.params.item.kind}` : note.code;
}

/** Counts shown grouped ("40,000"); rows and columns stay as Excel numbers them. */
const GROUPED_PARAMS: ReadonlySet<string> = new Set(["length", "limit", "maxRow"]);

/** The note's params as the template shows them: counts grouped, the item named in words. */
function shownParams(note: PlanNote, texts: PlanNoteTexts, locale: DisplayLocale) {
  const shown: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(note.params)) {
    if (typeof value === "number")
      shown[name] = GROUPED_PARAMS.has(name) ? formatNumber(value, locale) : value;
    else if (typeof value === "string") shown[name] = value;
  }
  if ("item" in note.params) {
    const { item } = note.params;
    const customerId = item.kind === "invoice" ? item.customerId : item.id;
    shown.item = interpolate(texts.items[item.kind], { id: item.id, customerId });
  }
  return shown;
}

/** The note's sentence in `locale`. */
export function planNoteMessage(note: PlanNote, locale: DisplayLocale): string {
  const texts = PLAN_NOTE_CATALOGS[baseLocale(locale)];
  return interpolate(texts.templates[templateKey(note)], shownParams(note, texts, locale));
}
