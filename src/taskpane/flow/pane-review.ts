/**
 * The workbook layer's one entry (`prepareReview`) with the pane's language filled in, and its
 * answer in the pane's three states. Loaded on first use (it brings the reader and the planner),
 * in the page for Excel and in the file-mode worker.
 */
import { DEFAULT_POLICY, type Policy } from "../../engine/policy";
import type { Problem, SerialDate } from "../../engine/types";
import { headerSynonyms } from "../../i18n/headers";
import { allOutputLabels, outputLabels } from "../../i18n/output-labels";
import { POLICY_SHEET_NAMES } from "../../i18n/owned-sheet-names";
import { STATEMENT_WORDS } from "../../i18n/statement-words";
import type { ColumnMapping, MappingRequest } from "../../workbook/column-mapping";
import { ownedSignatures } from "../../workbook/owned-signatures";
import { prepareReview, type ReviewControl } from "../../workbook/prepare-review";
import type { RawWorkbook } from "../../workbook/raw";
import { isPaneLocale } from "../i18n/pane-locale";
import type { PreparedReview } from "./prepared-review";
import { refusalFailure } from "./refusal-failure";
import type { PaneFailure } from "./review-state";

export interface PaneReviewRequest {
  asOf: SerialDate;
  locale: string;
  mapping: ColumnMapping;
  /** The policy saved with the document; null → the policy the workbook keeps, else the defaults. */
  savedPolicy: Policy | null;
}

export type PaneOutcome =
  /** The mapping form: the columns to ask for (none when a sheet is missing), and the problems. */
  | { kind: "mapping"; requests: MappingRequest[]; problems: Problem[] }
  | { kind: "refused"; failure: PaneFailure }
  | { kind: "preview"; prepared: PreparedReview };

export type ReviewInPane = (
  raw: RawWorkbook,
  request: PaneReviewRequest,
  control: ReviewControl
) => Promise<PaneOutcome>;

let language: Pick<
  Parameters<typeof prepareReview>[1],
  "synonyms" | "ownedSignatures" | "policySheetNames" | "statementWords"
> | null = null;

export const reviewInPane: ReviewInPane = async (raw, request, control) => {
  language ??= {
    synonyms: headerSynonyms(),
    ownedSignatures: ownedSignatures(allOutputLabels(DEFAULT_POLICY)),
    policySheetNames: POLICY_SHEET_NAMES,
    statementWords: STATEMENT_WORDS,
  };
  const locale = isPaneLocale(request.locale) ? request.locale : "en-US";
  const outcome = await prepareReview(
    raw,
    {
      ...language,
      asOf: request.asOf,
      mapping: request.mapping,
      savedPolicy: request.savedPolicy ?? undefined,
      labelsFor: (policy) => outputLabels(locale, policy),
    },
    control
  );
  switch (outcome.kind) {
    case "ready":
      return { kind: "preview", prepared: outcome };
    case "needsMapping":
      return { kind: "mapping", requests: outcome.requests, problems: outcome.problems };
    case "refused": {
      const { refusal } = outcome;
      if (
        refusal.code === "POLICY_REFUSED" ||
        refusal.code === "COLUMN_UNREADABLE" ||
        refusal.code === "MIXED_CURRENCIES" ||
        refusal.code === "AMOUNTS_TOO_LARGE" ||
        refusal.code === "OUTPUT_PAST_LAST_COLUMN"
      )
        return { kind: "refused", failure: refusalFailure(refusal, locale) };
      // Sheets that are missing, empty or unreadable: the problems list names each one.
      return { kind: "mapping", requests: [], problems: outcome.problems };
    }
  }
};
