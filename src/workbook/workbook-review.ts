/**
 * The steps of a review of a workbook, with no I/O: the policy, the reading, why a review
 * cannot run, the content check, the previous Credit Log. `prepare-review.ts` composes them into
 * the one entry the command line and the task pane await.
 *
 * Everything that depends on a language (header synonyms, output words, the texts that prove
 * earlier output the add-in's own) is passed in, so this file imports only the engine and the workbook layer.
 * A review that cannot run returns a refusal that says why in data only (role, sheet, field,
 * expected headers, policy errors): each caller words it in its reader's language.
 */
import type { Policy } from "../engine/policy";
import { DEFAULT_POLICY } from "../engine/policy";
import { validatePolicy, type PolicyIssue } from "../engine/policy-validation";
import type { Problem, ReviewInput, SerialDate } from "../engine/types";
import type { ColumnMapping, MappingCandidate, MappingRequest } from "./column-mapping";
import type { HeaderSynonyms, SheetRole } from "./fields";
import { expectedHeaders } from "./header-index";
import type { StatementWordsByLanguage } from "./customer-letters";
import type { OutputLabels } from "./labels";
import type { LogEntry, WorkbookLayout } from "./layout";
import { findOutputMap, parseMetaSheet } from "./meta-sheet";
import type { OwnedSignatures } from "./owned-signatures";
import type { RawSheet, RawWorkbook } from "./raw";
import type { UnreadableColumn } from "./column-readability";
import { findUnreadableColumn } from "./column-readability";
import type { LedgerTooLarge } from "./ledger-magnitude";
import { ledgerTooLarge } from "./ledger-magnitude";
import type { MixedCurrencies } from "./ledger-currencies";
import { ledgerCurrency } from "./ledger-currencies";
import { readCreditLog } from "./read-credit-log";
import { readPolicySheet } from "./read-policy-sheet";
import { READ_CODES, SHEET_ROLE_PARAM } from "./read-problem";
import type { ReadResult } from "./read-workbook";
import { readWorkbook, WORKBOOK_MESSAGES } from "./read-workbook";
import { REQUIRED_FIELDS, roleSynonyms } from "./role-fields";
import { headerKey } from "./text-normalise";

/**
 * Where a review's policy came from, strongest first: given by the caller (`--policy`, the pane's
 * editor), saved in the document's settings (Excel), recorded by the previous review in its owned
 * sheet, the user's own Policy sheet, the defaults.
 */
export type PolicySource = "given" | "settings" | "recorded" | "sheet" | "default";

export interface WorkbookReviewOptions {
  asOf: SerialDate;
  synonyms: HeaderSynonyms;
  /** The output words for the chosen language; a function because reasons quote the policy's numbers. */
  labelsFor: (policy: Policy) => OutputLabels;
  /** The texts that prove earlier output ours (see `owned-signatures.ts`), in every language. */
  ownedSignatures: OwnedSignatures;
  /** Names the workbook's Policy sheet may carry (compared like headers: case and spaces ignored). */
  policySheetNames: readonly string[];
  /** A policy the caller was given (a `--policy` file, the pane's editor), not yet validated; it wins over all others. */
  givenPolicy?: unknown;
  /** The policy saved in the document's settings (Excel), not yet validated; next after the given one. */
  savedPolicy?: unknown;
  /** The policy used when no other is found; also the base of a policy sheet's values. */
  basePolicy?: Policy;
  /** The user's column choices, when the headers alone are not enough. */
  mapping?: ColumnMapping;
  /** The user said the workbook has no orders sheet (the command line's `--no-orders`). */
  noOrders?: boolean;
  /** Told after each step, e.g. to show progress with row counts. */
  onStep?: (step: WorkbookReviewStep) => void;
  /** The sender's name signed under collection letters; blank when not given. */
  company?: string;
  /** Statement headings per letter language (`i18n/statement-words.ts`); English when absent. */
  statementWords?: StatementWordsByLanguage;
}

export type WorkbookReviewStep =
  | { step: "policy"; source: PolicySource; version: string }
  | { step: "read"; customers: number; receivables: number; orders: number | null }
  | { step: "reviewed"; customers: number }
  | { step: "planned"; columnBlocks: number; sheets: number };

/** Why a review could not run, as data: no sentence, so each caller words it in its own language. */
export type ReviewRefusal =
  | {
      kind: "sheetMissing";
      role: SheetRole;
      sheetNames: string[];
      headers: string[];
    }
  | { kind: "sheetEmpty"; role: SheetRole; sheet: string; headers: string[] }
  | {
      kind: "column";
      reason: MappingRequest["reason"];
      role: SheetRole;
      sheet: string;
      field: string;
      /** Headers that would name the field: the first English one and the Chinese ones. */
      expected: string[];
      /** For an ambiguous column, the columns that could be it. */
      candidates: MappingCandidate[];
    }
  | {
      kind: "policy";
      source: Exclude<PolicySource, "default">;
      /** The sheet the refused policy was read from (the recorded or the user's); null otherwise. */
      sheet: string | null;
      errors: string[];
      /** The validator's issues as data, when the policy was handed over as data; null for a sheet's. */
      issues: PolicyIssue[] | null;
    }
  /** No customers and receivables could be read; `problem` is the reader's reason, when it gave one. */
  | { kind: "unreadable"; problem: Problem | null }
  /** More than half of one column's values cannot be read: its form is not understood. */
  | { kind: "columnUnreadable"; column: UnreadableColumn }
  /** The ledger holds several currencies and the policy does not name the review's one. */
  | { kind: "mixedCurrencies"; ledger: MixedCurrencies }
  /** The ledger's amounts add up to more than a review can sum exactly (ledger-magnitude.ts). */
  | { kind: "amountsTooLarge"; ledger: LedgerTooLarge };

export type PolicyChoice =
  | {
      ok: true;
      policy: Policy;
      source: PolicySource;
      /** The sheet the policy was read from (recorded or the user's); null otherwise. */
      sheet: string | null;
      problems: Problem[];
    }
  | { ok: false; refusal: Extract<ReviewRefusal, { kind: "policy" }>; problems: Problem[] };

function findSheet(raw: RawWorkbook, names: readonly string[]): RawSheet | undefined {
  const wanted = new Set(names.map(headerKey));
  return raw.sheets.find((sheet) => wanted.has(headerKey(sheet.name)));
}

type PolicyOptions = Pick<
  WorkbookReviewOptions,
  "givenPolicy" | "savedPolicy" | "basePolicy" | "policySheetNames"
>;

/**
 * The policy of the review, the first found of: the one given (validated), the one saved in the
 * document's settings (validated), the one the previous review recorded in its owned sheet (found
 * through the output map only, never by name), the user's own Policy sheet, the base. A policy
 * found but refused stops the review: it never falls through to a weaker one.
 */
export function choosePolicy(raw: RawWorkbook, options: PolicyOptions): PolicyChoice {
  const base = options.basePolicy ?? DEFAULT_POLICY;
  const given = explicitPolicy(options.givenPolicy, "given");
  if (given) return given;
  const saved = explicitPolicy(options.savedPolicy, "settings");
  if (saved) return saved;
  const recorded = recordedPolicySheet(raw);
  if (recorded) return policyFromSheet(recorded, "recorded", base);
  const sheet = findSheet(raw, options.policySheetNames);
  if (sheet) return policyFromSheet(sheet, "sheet", base);
  return { ok: true, policy: base, source: "default", sheet: null, problems: [] };
}

/** A policy handed over as data; null when there is none. */
function explicitPolicy(candidate: unknown, source: "given" | "settings"): PolicyChoice | null {
  if (candidate === undefined || candidate === null) return null;
  const validation = validatePolicy(candidate);
  if (validation.ok)
    return { ok: true, policy: validation.policy, source, sheet: null, problems: [] };
  return {
    ok: false,
    refusal: {
      kind: "policy",
      source,
      sheet: null,
      errors: validation.errors,
      issues: validation.issues,
    },
    problems: [],
  };
}

/** The sheet the proven output map names as the policy an earlier review used, if it is still there. */
export function recordedPolicySheet(raw: RawWorkbook): RawSheet | undefined {
  const mapSheet = findOutputMap(raw);
  const name = mapSheet ? parseMetaSheet(mapSheet).sheets.policy : undefined;
  return name === undefined ? undefined : raw.sheets.find((sheet) => sheet.name === name);
}

function policyFromSheet(
  sheet: RawSheet,
  source: "recorded" | "sheet",
  base: Policy
): PolicyChoice {
  // A policy sheet too large to read is refused, never replaced by the base policy in silence.
  if (sheet.notRead) {
    const error = WORKBOOK_MESSAGES.sheetNotRead(sheet.name, sheet.notRead);
    return {
      ok: false,
      refusal: { kind: "policy", source, sheet: sheet.name, errors: [error], issues: null },
      problems: [],
    };
  }
  const read = readPolicySheet(sheet, base);
  if (read.accepted)
    return { ok: true, policy: read.policy, source, sheet: sheet.name, problems: read.problems };
  // Each refusal problem carries the validator's error, with the path as the sheet writes it.
  const errors = read.problems
    .filter((problem) => problem.code === READ_CODES.policyInvalid)
    .map((problem) => String(problem.params?.error ?? ""));
  return {
    ok: false,
    refusal: { kind: "policy", source, sheet: sheet.name, errors, issues: null },
    problems: read.problems,
  };
}

/** The headers a role's sheet needs, one entry per required field ("Customer ID / 客户编号 / 客戶編號"). */
function requiredHeaders(synonyms: HeaderSynonyms, role: SheetRole): string[] {
  const words = roleSynonyms(synonyms, role);
  return (REQUIRED_FIELDS[role] as readonly string[]).map((field) =>
    expectedHeaders(words[field] ?? [field]).join(" / ")
  );
}

/**
 * Why reading stopped, from what the reader reports: a sheet problem by its code and the role it
 * names (`params.sheetRole`), a column by the reader's mapping request (role, sheet and field).
 */
export function readingRefusal(
  reading: ReadResult,
  synonyms: HeaderSynonyms
): ReviewRefusal | null {
  const notRead = reading.problems.find((problem) => problem.code === READ_CODES.sheetNotRead);
  if (notRead) return { kind: "unreadable", problem: notRead };
  const aboutRole = (code: string, role: SheetRole) =>
    reading.problems.find(
      (problem) => problem.code === code && problem.params?.[SHEET_ROLE_PARAM] === role
    );
  for (const role of ["customers", "receivables"] as const) {
    const headers = requiredHeaders(synonyms, role);
    if (aboutRole(READ_CODES.sheetMissing, role)) {
      const sheetNames = expectedHeaders(synonyms.sheetNames[role]);
      return { kind: "sheetMissing", role, sheetNames, headers };
    }
    const empty = aboutRole(READ_CODES.sheetEmpty, role);
    if (empty) return { kind: "sheetEmpty", role, sheet: empty.place.sheet, headers };
  }
  const request = reading.mappingRequests[0];
  if (request) {
    const words = roleSynonyms(synonyms, request.role)[request.field] ?? [request.field];
    return {
      kind: "column",
      reason: request.reason,
      role: request.role,
      sheet: request.sheet,
      field: request.field,
      expected: expectedHeaders(words),
      candidates: request.reason === "ambiguous" ? request.candidates : [],
    };
  }
  if (reading.layout === null) {
    const sheetProblem = reading.problems.find((problem) => problem.place.row === null);
    return { kind: "unreadable", problem: sheetProblem ?? null };
  }
  return null;
}

export type ContentCheck =
  | { ok: true; input: ReviewInput }
  | {
      ok: false;
      refusal: Extract<
        ReviewRefusal,
        { kind: "columnUnreadable" | "mixedCurrencies" | "amountsTooLarge" }
      >;
    };

/**
 * Whether tables that were found can give a trustworthy review: no column mostly unreadable,
 * one currency to review (see ledger-currencies.ts), amounts that add up exactly
 * (ledger-magnitude.ts). When they can, the review's input carries
 * that currency.
 */
export function checkContent(
  raw: RawWorkbook,
  reading: Pick<ReadResult, "input" | "problems">,
  layout: WorkbookLayout,
  policy: Policy
): ContentCheck {
  const column = findUnreadableColumn(raw, layout, reading.problems);
  if (column !== null) return { ok: false, refusal: { kind: "columnUnreadable", column } };
  const currency = ledgerCurrency(reading.input.receivables, layout.receivables.sheet, policy);
  if (!currency.ok)
    return { ok: false, refusal: { kind: "mixedCurrencies", ledger: currency.mixed } };
  const tooLarge = ledgerTooLarge(
    raw,
    reading.input.receivables,
    layout.receivables,
    policy.minorPerUnit
  );
  if (tooLarge !== null)
    return { ok: false, refusal: { kind: "amountsTooLarge", ledger: tooLarge } };
  const input = { ...reading.input };
  if (currency.currency !== null) input.currency = currency.currency;
  return { ok: true, input };
}

/** The Credit Log an earlier review left (empty on a first review). */
export function previousCreditLog(
  raw: RawWorkbook,
  layout: WorkbookLayout,
  minorPerUnit: number
): { entries: LogEntry[]; problems: Problem[] } {
  const found = layout.ownedSheets.creditLog;
  const sheet = found ? raw.sheets.find((candidate) => candidate.name === found.name) : undefined;
  return sheet ? readCreditLog(sheet, raw.date1904, minorPerUnit) : { entries: [], problems: [] };
}

export type ReadOptions = Pick<
  WorkbookReviewOptions,
  "synonyms" | "ownedSignatures" | "mapping" | "noOrders"
>;

/** The workbook's tables read with the review's policy (its money unit decides the amounts). */
export function readForReview(raw: RawWorkbook, policy: Policy, options: ReadOptions): ReadResult {
  return readWorkbook(raw, options.synonyms, {
    mapping: options.mapping,
    minorPerUnit: policy.minorPerUnit,
    ownedSignatures: options.ownedSignatures,
    noOrders: options.noOrders === true,
  });
}
