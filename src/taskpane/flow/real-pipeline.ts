/**
 * The review pipeline over the real engine, workbook translation and language layer. The two
 * readers of the add-in's own sheets (the Credit Log and the Policy sheet) are passed in, so the
 * pipeline can be assembled from whichever implementation the entry point provides.
 */
import type { Policy } from "../../engine/policy";
import { validatePolicy } from "../../engine/policy-validation";
import { review } from "../../engine/review";
import type { Problem } from "../../engine/types";
import { headerSynonyms } from "../../i18n/headers";
import { SUPPORTED_LOCALES } from "../../i18n/locales";
import { outputLabels } from "../../i18n/output-labels";
import type { LogEntry, WorkbookLayout } from "../../workbook/layout";
import { buildOutputPlan } from "../../workbook/output-plan";
import type { RawSheet, RawWorkbook } from "../../workbook/raw";
import { readWorkbook } from "../../workbook/read-workbook";
import { isPaneLocale } from "../i18n/pane-locale";
import type { ReviewPipeline } from "./review-pipeline";

export interface OwnSheetReaders {
  readCreditLog(sheet: RawSheet): { entries: LogEntry[]; problems: Problem[] };
  readPolicySheet(sheet: RawSheet, base: Policy): { policy: Policy | null; problems: Problem[] };
  /** Names the Policy sheet may carry (every language). */
  policySheetNames: string[];
}

/** Every language's name of each sheet the add-in owns, so a review finds them whoever wrote them. */
function ownedSheetNames(): { aging: string[]; creditLog: string[]; creditChanges: string[] } {
  const names = SUPPORTED_LOCALES.map((locale) => outputLabels(locale).sheets);
  return {
    aging: names.map((sheets) => sheets.aging),
    creditLog: names.map((sheets) => sheets.creditLog),
    creditChanges: names.map((sheets) => sheets.creditChanges),
  };
}

function sheetNamed(raw: RawWorkbook, name: string): RawSheet | undefined {
  return raw.sheets.find((sheet) => sheet.name === name);
}

const normalise = (name: string) => name.trim().toLowerCase();

export function createReviewPipeline(readers: OwnSheetReaders): ReviewPipeline {
  const synonyms = headerSynonyms();
  const owned = ownedSheetNames();
  return {
    readWorkbook: (raw, mapping) =>
      readWorkbook(raw, synonyms, { mapping, ownedSheetNames: owned }),
    readWorkbookPolicy(raw, base) {
      const wanted = new Set(readers.policySheetNames.map(normalise));
      const sheet = raw.sheets.find((candidate) => wanted.has(normalise(candidate.name)));
      return sheet ? readers.readPolicySheet(sheet, base) : { policy: null, problems: [] };
    },
    readPreviousLog(raw: RawWorkbook, layout: WorkbookLayout) {
      const found = layout.ownedSheets.creditLog;
      const sheet = found ? sheetNamed(raw, found.name) : undefined;
      return sheet ? readers.readCreditLog(sheet) : { entries: [], problems: [] };
    },
    review,
    buildOutputPlan: ({ locale, ...request }) =>
      buildOutputPlan({
        ...request,
        labels: outputLabels(isPaneLocale(locale) ? locale : "en-US", request.policy),
      }),
    validatePolicy,
  };
}
