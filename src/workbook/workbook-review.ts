/**
 * One review of a workbook, from raw sheets to the output plan, with no I/O: the command line
 * and the task pane both run these steps, so a file and a live workbook get the same review.
 *
 * raw workbook → policy (the caller's > the workbook's Policy sheet > the base) → readWorkbook
 * → review → previous Credit Log → buildOutputPlan.
 *
 * Everything that depends on a language (header synonyms, output words, the names the add-in's
 * own sheets may carry) is passed in, so this file imports only the engine and the workbook layer.
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
import type { OwnedSheetKey } from "./meta-sheet";
import { buildOutputPlan } from "./output-plan";
import type { OutputPlan } from "./plan";
import type { RawSheet, RawWorkbook } from "./raw";
import { readCreditLog } from "./read-credit-log";
import { POLICY_MESSAGES, readPolicySheet } from "./read-policy-sheet";
import { READ_CODES } from "./read-problem";
import type { ReadResult } from "./read-workbook";
import { WORKBOOK_MESSAGES, readWorkbook } from "./read-workbook";
import { REQUIRED_FIELDS, roleSynonyms } from "./role-fields";
import { headerKey } from "./text-normalise";

export type PolicySource = "given" | "sheet" | "default";

export interface WorkbookReviewOptions {
  asOf: SerialDate;
  synonyms: HeaderSynonyms;
  /** The output words for the chosen language; a function because reasons quote the policy's numbers. */
  labelsFor: (policy: Policy) => OutputLabels;
  /** Every name (all languages) each sheet the add-in owns may carry. */
  ownedSheetNames: Partial<Record<OwnedSheetKey, string[]>>;
  /** Names the workbook's Policy sheet may carry (compared like headers: case and spaces ignored). */
  policySheetNames: readonly string[];
  /** A policy the caller was given (a `--policy` file, the pane's editor), not yet validated; it wins over the sheet. */
  givenPolicy?: unknown;
  /** The policy used when none is given and the workbook has no Policy sheet; also the base of the sheet's values. */
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
      sheet: string | null;
      errors: string[];
      message: string;
    }
  | { kind: "unreadable"; message: string };

export interface WorkbookReviewDone {
  ok: true;
  input: ReviewInput;
  layout: WorkbookLayout;
  policy: Policy;
  policySource: PolicySource;
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
  | { ok: true; policy: Policy; source: PolicySource; problems: Problem[] }
  | { ok: false; refusal: Extract<ReviewRefusal, { kind: "policy" }>; problems: Problem[] };

export const REVIEW_MESSAGES = {
  givenPolicyRefused: (errors: readonly string[]) =>
    `The policy given was refused: ${errors.join("; ")}`,
  sheetPolicyRefused: (sheet: string, errors: readonly string[]) =>
    `${sheet}: the workbook's policy was refused: ${errors.join("; ")}`,
  unreadable: "The workbook could not be read as customers and receivables.",
} as const;

function findSheet(raw: RawWorkbook, names: readonly string[]): RawSheet | undefined {
  const wanted = new Set(names.map(headerKey));
  return raw.sheets.find((sheet) => wanted.has(headerKey(sheet.name)));
}

/** The policy of the review: the one given (validated), else the workbook's Policy sheet, else the base. */
export function choosePolicy(raw: RawWorkbook, options: WorkbookReviewOptions): PolicyChoice {
  const base = options.basePolicy ?? DEFAULT_POLICY;
  if (options.givenPolicy !== undefined && options.givenPolicy !== null) {
    const validation = validatePolicy(options.givenPolicy);
    if (validation.ok)
      return { ok: true, policy: validation.policy, source: "given", problems: [] };
    const message = REVIEW_MESSAGES.givenPolicyRefused(validation.errors);
    return {
      ok: false,
      refusal: { kind: "policy", source: "given", sheet: null, errors: validation.errors, message },
      problems: [],
    };
  }
  const sheet = findSheet(raw, options.policySheetNames);
  if (!sheet) return { ok: true, policy: base, source: "default", problems: [] };
  const read = readPolicySheet(sheet, base);
  if (read.accepted)
    return { ok: true, policy: read.policy, source: "sheet", problems: read.problems };
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
    refusal: { kind: "policy", source: "sheet", sheet: sheet.name, errors, message },
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

/** The Credit Log an earlier review left (empty on a first review). */
export function previousCreditLog(
  raw: RawWorkbook,
  layout: WorkbookLayout
): { entries: LogEntry[]; problems: Problem[] } {
  const found = layout.ownedSheets.creditLog;
  const sheet = found ? raw.sheets.find((candidate) => candidate.name === found.name) : undefined;
  return sheet ? readCreditLog(sheet) : { entries: [], problems: [] };
}

export function reviewWorkbook(raw: RawWorkbook, options: WorkbookReviewOptions): WorkbookReview {
  const notify = options.onStep ?? (() => undefined);
  const choice = choosePolicy(raw, options);
  if (!choice.ok)
    return { ok: false, refusal: choice.refusal, problems: choice.problems, reading: null };
  const { policy } = choice;
  notify({ step: "policy", source: choice.source, version: policy.version });

  const reading = readWorkbook(raw, options.synonyms, {
    mapping: options.mapping,
    minorPerUnit: policy.minorPerUnit,
    ownedSheetNames: options.ownedSheetNames,
  });
  const refusal = readingRefusal(reading, options.synonyms);
  if (refusal !== null || reading.layout === null) {
    return {
      ok: false,
      refusal: refusal ?? { kind: "unreadable", message: REVIEW_MESSAGES.unreadable },
      problems: [...choice.problems, ...reading.problems],
      reading,
    };
  }
  const { input, layout } = reading;
  notify({
    step: "read",
    customers: input.customers.length,
    receivables: input.receivables.length,
    orders: input.orders === undefined ? null : input.orders.length,
  });

  const result = review(input, policy, options.asOf);
  notify({ step: "reviewed", customers: result.customers.length });

  const log = previousCreditLog(raw, layout);
  const plan = buildOutputPlan({
    input,
    result,
    layout,
    labels: options.labelsFor(policy),
    previousLog: log.entries,
    policy,
    existingSheetNames: raw.sheets.map((sheet) => sheet.name),
  });
  notify({ step: "planned", columnBlocks: plan.columnBlocks.length, sheets: plan.sheets.length });

  return {
    ok: true,
    input,
    layout,
    policy,
    policySource: choice.source,
    result,
    previousLog: log.entries,
    plan,
    // result.problems already holds the reading's problems (the engine passes input.problems through).
    problems: [...choice.problems, ...result.problems, ...log.problems],
  };
}
