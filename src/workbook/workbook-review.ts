/**
 * One review of a workbook, from raw sheets to the output plan, with no I/O: the command line
 * and the task pane both run these steps, so a file and a live workbook get the same review.
 *
 * raw workbook → policy (see `choosePolicy`) → readWorkbook → review → previous Credit Log →
 * buildOutputPlan. Each step is exported, so a caller that must stop between them (the pane asks
 * for columns and shows a preview) runs the same steps rather than a copy of them.
 *
 * Everything that depends on a language (header synonyms, output words, the texts that prove
 * earlier output the add-in's own) is passed in, so this file imports only the engine and the workbook layer.
 * A review that cannot run returns a refusal that says why in data (role, sheet, field, expected
 * headers, policy errors), so each caller words it in its own language.
 */
import type { Policy } from "../engine/policy";
import { DEFAULT_POLICY } from "../engine/policy";
import { validatePolicy } from "../engine/policy-validation";
import { review } from "../engine/review";
import type { Problem, ReviewInput, ReviewResult, SerialDate } from "../engine/types";
import type { ColumnMapping, MappingCandidate, MappingRequest } from "./column-mapping";
import type { HeaderSynonyms, SheetRole } from "./fields";
import { expectedHeaders } from "./header-index";
import type { OutputLabels } from "./labels";
import type { LogEntry, WorkbookLayout } from "./layout";
import { findOutputMap, parseMetaSheet } from "./meta-sheet";
import type { OwnedSignatures } from "./owned-signatures";
import { buildOutputPlan } from "./output-plan";
import type { OutputPlan } from "./plan";
import type { RawSheet, RawWorkbook } from "./raw";
import type { UnreadableColumn } from "./column-readability";
import { findUnreadableColumn } from "./column-readability";
import type { MixedCurrencies } from "./ledger-currencies";
import { ledgerCurrency } from "./ledger-currencies";
import { readCreditLog } from "./read-credit-log";
import { POLICY_MESSAGES, readPolicySheet } from "./read-policy-sheet";
import { READ_CODES } from "./read-problem";
import type { ReadResult } from "./read-workbook";
import { WORKBOOK_MESSAGES, readWorkbook } from "./read-workbook";
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
  /** Told after each step, e.g. to show progress with row counts. */
  onStep?: (step: WorkbookReviewStep) => void;
}

export type WorkbookReviewStep =
  | { step: "policy"; source: PolicySource; version: string }
  | { step: "read"; customers: number; receivables: number; orders: number | null }
  | { step: "reviewed"; customers: number }
  | { step: "planned"; columnBlocks: number; sheets: number };

/** Why a review could not run. `message` is an English sentence; the other fields let a caller word it. */
export type ReviewRefusal =
  | {
      kind: "sheetMissing";
      role: SheetRole;
      sheetNames: string[];
      headers: string[];
      message: string;
    }
  | { kind: "sheetEmpty"; role: SheetRole; sheet: string; headers: string[]; message: string }
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
      message: string;
    }
  | {
      kind: "policy";
      source: Exclude<PolicySource, "default">;
      /** The sheet the refused policy was read from (the recorded or the user's); null otherwise. */
      sheet: string | null;
      errors: string[];
      message: string;
    }
  | { kind: "unreadable"; message: string }
  /** More than half of one column's values cannot be read: its form is not understood. */
  | { kind: "columnUnreadable"; column: UnreadableColumn; message: string }
  /** The ledger holds several currencies and the policy does not name the review's one. */
  | { kind: "mixedCurrencies"; ledger: MixedCurrencies; message: string };

export interface WorkbookReviewDone {
  ok: true;
  input: ReviewInput;
  layout: WorkbookLayout;
  policy: Policy;
  policySource: PolicySource;
  /** The sheet the policy was read from (recorded or the user's); null otherwise. */
  policySheet: string | null;
  result: ReviewResult;
  previousLog: LogEntry[];
  plan: OutputPlan;
  /** Every problem: the policy sheet's, the workbook's rows, the engine's, the Credit Log's. */
  problems: Problem[];
}

export interface WorkbookReviewRefused {
  ok: false;
  refusal: ReviewRefusal;
  /** Every problem found before the review stopped. */
  problems: Problem[];
  /** The reading, when it got that far (the pane asks its mapping questions from it). */
  reading: ReadResult | null;
}

export type WorkbookReview = WorkbookReviewDone | WorkbookReviewRefused;

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

export const REVIEW_MESSAGES = {
  givenPolicyRefused: (errors: readonly string[]) =>
    `The policy given was refused: ${errors.join("; ")}`,
  savedPolicyRefused: (errors: readonly string[]) =>
    `The policy saved with the workbook was refused: ${errors.join("; ")}`,
  sheetPolicyRefused: (sheet: string, errors: readonly string[]) =>
    `${sheet}: the workbook's policy was refused: ${errors.join("; ")}`,
  unreadable: "The workbook could not be read as customers and receivables.",
  columnUnreadable: (found: UnreadableColumn) =>
    found.cause === "noResult"
      ? REVIEW_MESSAGES.formulasWithoutResults(found)
      : `${found.sheet}: ${found.unreadable} of the ${found.values} values of column ${found.column}${found.header.length > 0 ? ` (${found.header})` : ""} cannot be read (for example ${found.example.cell} "${found.example.value}"); the review stops rather than leave most rows out of the totals.`,
  formulasWithoutResults: (found: UnreadableColumn) =>
    `Sheet "${found.sheet}", column ${found.column}${found.header.length > 0 ? ` (${found.header})` : ""}, from row ${found.firstRow ?? ""}: ${found.unreadable} formulas whose results were not saved; open and save the file in Excel or LibreOffice first, then run again.`,
  mixedCurrencies: (ledger: MixedCurrencies) =>
    `${ledger.sheet}: the ledger holds ${ledger.currencies.length} currencies (rows of each: ${ledger.currencies.map((c) => `${c.currency} ${c.rows}`).join(", ")}); amounts in different currencies are never summed. Review one currency per ledger, or name the review's currency in the policy.`,
} as const;

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
  const message =
    source === "given"
      ? REVIEW_MESSAGES.givenPolicyRefused(validation.errors)
      : REVIEW_MESSAGES.savedPolicyRefused(validation.errors);
  return {
    ok: false,
    refusal: { kind: "policy", source, sheet: null, errors: validation.errors, message },
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
      refusal: { kind: "policy", source, sheet: sheet.name, errors: [error], message: error },
      problems: [],
    };
  }
  const read = readPolicySheet(sheet, base);
  if (read.accepted)
    return { ok: true, policy: read.policy, source, sheet: sheet.name, problems: read.problems };
  // The sheet reader words each validator error as "<sheet>: the policy is refused: <error>"; keep the error.
  const prefix = POLICY_MESSAGES.refused(sheet.name, "");
  const errors = read.problems
    .filter((problem) => problem.code === READ_CODES.policyInvalid)
    .map((problem) =>
      problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message
    );
  const message = REVIEW_MESSAGES.sheetPolicyRefused(sheet.name, errors);
  return {
    ok: false,
    refusal: { kind: "policy", source, sheet: sheet.name, errors, message },
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
 * Why reading stopped, from what the reader reports. Sheet problems are recognised by their
 * code and the reader's own wording of each role (the problem carries no role); a column is
 * recognised by the reader's mapping request, which names role, sheet and field.
 */
export function readingRefusal(
  reading: ReadResult,
  synonyms: HeaderSynonyms
): ReviewRefusal | null {
  const notRead = reading.problems.find((problem) => problem.code === READ_CODES.sheetNotRead);
  if (notRead) return { kind: "unreadable", message: notRead.message };
  for (const role of ["customers", "receivables"] as const) {
    const headers = requiredHeaders(synonyms, role);
    const sheetNames = expectedHeaders(synonyms.sheetNames[role]);
    const missing = WORKBOOK_MESSAGES.sheetMissing(role, sheetNames, headers);
    const found = reading.problems.find(
      (problem) => problem.code === READ_CODES.sheetMissing && problem.message === missing
    );
    if (found) return { kind: "sheetMissing", role, sheetNames, headers, message: found.message };
    const empty = reading.problems.find(
      (problem) =>
        problem.code === READ_CODES.sheetEmpty &&
        problem.message === WORKBOOK_MESSAGES.sheetEmpty(problem.sheet, role, headers)
    );
    if (empty)
      return { kind: "sheetEmpty", role, sheet: empty.sheet, headers, message: empty.message };
  }
  const request = reading.mappingRequests[0];
  if (request) {
    const words = roleSynonyms(synonyms, request.role)[request.field] ?? [request.field];
    const code =
      request.reason === "missing" ? READ_CODES.columnMissing : READ_CODES.columnAmbiguous;
    const problem = reading.problems.find(
      (candidate) => candidate.code === code && candidate.sheet === request.sheet
    );
    return {
      kind: "column",
      reason: request.reason,
      role: request.role,
      sheet: request.sheet,
      field: request.field,
      expected: expectedHeaders(words),
      candidates: request.reason === "ambiguous" ? request.candidates : [],
      message: problem?.message ?? `${request.sheet}: ${request.field}`,
    };
  }
  if (reading.layout === null) {
    const sheetProblem = reading.problems.find((problem) => problem.row === null);
    return { kind: "unreadable", message: sheetProblem?.message ?? REVIEW_MESSAGES.unreadable };
  }
  return null;
}

export type ContentCheck =
  | { ok: true; input: ReviewInput }
  | {
      ok: false;
      refusal: Extract<ReviewRefusal, { kind: "columnUnreadable" | "mixedCurrencies" }>;
    };

/**
 * Whether tables that were found can give a trustworthy review: no column mostly unreadable, and
 * one currency to review (see ledger-currencies.ts). When they can, the review's input carries
 * that currency.
 */
export function checkContent(
  raw: RawWorkbook,
  reading: Pick<ReadResult, "input" | "problems">,
  layout: WorkbookLayout,
  policy: Policy
): ContentCheck {
  const column = findUnreadableColumn(raw, layout, reading.problems);
  if (column !== null) {
    const message = REVIEW_MESSAGES.columnUnreadable(column);
    return { ok: false, refusal: { kind: "columnUnreadable", column, message } };
  }
  const currency = ledgerCurrency(reading.input.receivables, layout.receivables.sheet, policy);
  if (!currency.ok) {
    const message = REVIEW_MESSAGES.mixedCurrencies(currency.mixed);
    return { ok: false, refusal: { kind: "mixedCurrencies", ledger: currency.mixed, message } };
  }
  const input = { ...reading.input };
  if (currency.currency !== null) input.currency = currency.currency;
  return { ok: true, input };
}

/** The Credit Log an earlier review left (empty on a first review). */
export function previousCreditLog(
  raw: RawWorkbook,
  layout: WorkbookLayout
): { entries: LogEntry[]; problems: Problem[] } {
  const found = layout.ownedSheets.creditLog;
  const sheet = found ? raw.sheets.find((candidate) => candidate.name === found.name) : undefined;
  return sheet ? readCreditLog(sheet) : { entries: [], problems: [] };
}

export type ReadOptions = Pick<WorkbookReviewOptions, "synonyms" | "ownedSignatures" | "mapping">;

/** The workbook's tables read with the review's policy (its money unit decides the amounts). */
export function readForReview(raw: RawWorkbook, policy: Policy, options: ReadOptions): ReadResult {
  return readWorkbook(raw, options.synonyms, {
    mapping: options.mapping,
    minorPerUnit: policy.minorPerUnit,
    ownedSignatures: options.ownedSignatures,
  });
}

export interface PlanStepArgs {
  input: ReviewInput;
  layout: WorkbookLayout;
  result: ReviewResult;
  policy: Policy;
  labels: OutputLabels;
}

export interface PlannedReview {
  plan: OutputPlan;
  previousLog: LogEntry[];
  /** The previous Credit Log's problems. */
  problems: Problem[];
}

/** The previous Credit Log, then the output plan that appends to it. */
export function planReview(raw: RawWorkbook, args: PlanStepArgs): PlannedReview {
  const log = previousCreditLog(raw, args.layout);
  const plan = buildOutputPlan({
    input: args.input,
    result: args.result,
    layout: args.layout,
    labels: args.labels,
    previousLog: log.entries,
    policy: args.policy,
    existingSheetNames: raw.sheets.map((sheet) => sheet.name),
  });
  return { plan, previousLog: log.entries, problems: log.problems };
}

export function reviewWorkbook(raw: RawWorkbook, options: WorkbookReviewOptions): WorkbookReview {
  const notify = options.onStep ?? (() => undefined);
  const choice = choosePolicy(raw, options);
  if (!choice.ok)
    return { ok: false, refusal: choice.refusal, problems: choice.problems, reading: null };
  const { policy } = choice;
  notify({ step: "policy", source: choice.source, version: policy.version });

  const reading = readForReview(raw, policy, options);
  const refusal = readingRefusal(reading, options.synonyms);
  if (refusal !== null || reading.layout === null) {
    return {
      ok: false,
      refusal: refusal ?? { kind: "unreadable", message: REVIEW_MESSAGES.unreadable },
      problems: [...choice.problems, ...reading.problems],
      reading,
    };
  }
  const { layout } = reading;
  const content = checkContent(raw, reading, layout, policy);
  if (!content.ok) {
    return {
      ok: false,
      refusal: content.refusal,
      problems: [...choice.problems, ...reading.problems],
      reading,
    };
  }
  const { input } = content;
  notify({
    step: "read",
    customers: input.customers.length,
    receivables: input.receivables.length,
    orders: input.orders === undefined ? null : input.orders.length,
  });

  const result = review(input, policy, options.asOf);
  notify({ step: "reviewed", customers: result.customers.length });

  const planned = planReview(raw, {
    input,
    layout,
    result,
    policy,
    labels: options.labelsFor(policy),
  });
  const { plan } = planned;
  notify({ step: "planned", columnBlocks: plan.columnBlocks.length, sheets: plan.sheets.length });

  return {
    ok: true,
    input,
    layout,
    policy,
    policySource: choice.source,
    policySheet: choice.sheet,
    result,
    previousLog: planned.previousLog,
    plan,
    // result.problems already holds the reading's problems (the engine passes input.problems through).
    problems: [...choice.problems, ...result.problems, ...planned.problems],
  };
}
