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
import { validatePolicy } from "../engine/policy-validation";
import type { Problem, ReviewInput, SerialDate } from "../engine/types";
import type { ColumnMapping } from "./column-mapping";
import type { HeaderSynonyms, SheetRole } from "./fields";
import { expectedHeaders } from "./header-index";
import type { StatementWordsByLanguage } from "./customer-letters";
import type { OutputLabels } from "./labels";
import type { LogEntry, WorkbookLayout } from "./layout";
import { findOutputMap, parseMetaSheet } from "./meta-sheet";
import type { OwnedSignatures } from "./owned-signatures";
import type { RawSheet, RawWorkbook } from "./raw";
import { findUnreadableColumn } from "./column-readability";
import { ledgerTooLarge } from "./ledger-magnitude";
import { ledgerCurrency } from "./ledger-currencies";
import { readCreditLog } from "./read-credit-log";
import { readPolicySheet } from "./read-policy-sheet";
import { READ_CODES, SHEET_ROLE_PARAM } from "./read-problem";
import type { ReadResult } from "./read-workbook";
import { readWorkbook, sheetNotReadProblem } from "./read-workbook";
import type { ReviewRefusal, RefusalOf } from "./review-refusal";
import { refusalOf } from "./review-refusal";
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
  /** Statement headings per letter language (`i18n/statement-words.ts`). */
  statementWords: StatementWordsByLanguage;
}

export type WorkbookReviewStep =
  | { step: "policy"; source: PolicySource; version: string }
  | { step: "read"; customers: number; receivables: number; orders: number | null }
  | { step: "reviewed"; customers: number }
  | { step: "planned"; columnBlocks: number; sheets: number };

export type { ReviewRefusal } from "./review-refusal";

export type PolicyChoice =
  | {
      ok: true;
      policy: Policy;
      source: PolicySource;
      /** The sheet the policy was read from (recorded or the user's); null otherwise. */
      sheet: string | null;
      problems: Problem[];
    }
  | { ok: false; refusal: RefusalOf<"POLICY_REFUSED">; problems: Problem[] };

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
    refusal: refusalOf("POLICY_REFUSED", { source, issues: validation.issues, notRead: null }),
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
    const notRead = sheetNotReadProblem(sheet.name, sheet.notRead);
    return {
      ok: false,
      refusal: refusalOf("POLICY_REFUSED", { source, issues: [], notRead }, { sheet: sheet.name }),
      problems: [],
    };
  }
  const read = readPolicySheet(sheet, base);
  if (read.accepted)
    return { ok: true, policy: read.policy, source, sheet: sheet.name, problems: read.problems };
  return {
    ok: false,
    refusal: refusalOf(
      "POLICY_REFUSED",
      { source, issues: read.issues, notRead: null },
      { sheet: sheet.name }
    ),
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
  if (notRead) return refusalOf("UNREADABLE", { problem: notRead }, { sheet: notRead.place.sheet });
  const aboutRole = (code: string, role: SheetRole) =>
    reading.problems.find(
      (problem) => problem.code === code && problem.params?.[SHEET_ROLE_PARAM] === role
    );
  for (const role of ["customers", "receivables"] as const) {
    const headers = requiredHeaders(synonyms, role);
    if (aboutRole(READ_CODES.sheetMissing, role)) {
      const sheetNames = expectedHeaders(synonyms.sheetNames[role]);
      return refusalOf("SHEET_MISSING", { role, sheetNames, headers });
    }
    const empty = aboutRole(READ_CODES.sheetEmpty, role);
    if (empty) return refusalOf("SHEET_EMPTY", { role, headers }, { sheet: empty.place.sheet });
  }
  const request = reading.mappingRequests[0];
  if (request) {
    const words = roleSynonyms(synonyms, request.role)[request.field] ?? [request.field];
    return refusalOf(
      "COLUMN_UNMAPPED",
      {
        reason: request.reason,
        role: request.role,
        field: request.field,
        expected: expectedHeaders(words),
        candidates: request.reason === "ambiguous" ? request.candidates : [],
      },
      { sheet: request.sheet }
    );
  }
  if (reading.layout === null) {
    const sheetProblem = reading.problems.find((problem) => problem.place.row === null);
    return refusalOf(
      "UNREADABLE",
      { problem: sheetProblem ?? null },
      { sheet: sheetProblem?.place.sheet ?? null }
    );
  }
  return null;
}

export type ContentCheck =
  | { ok: true; input: ReviewInput }
  | {
      ok: false;
      refusal: RefusalOf<"COLUMN_UNREADABLE" | "MIXED_CURRENCIES" | "AMOUNTS_TOO_LARGE">;
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
  if (column !== null) {
    const place = { sheet: column.sheet, column: column.column, cell: column.example.cell };
    return { ok: false, refusal: refusalOf("COLUMN_UNREADABLE", column, place) };
  }
  const currency = ledgerCurrency(reading.input.receivables, layout.receivables.sheet, policy);
  if (!currency.ok)
    return {
      ok: false,
      refusal: refusalOf("MIXED_CURRENCIES", currency.mixed, { sheet: currency.mixed.sheet }),
    };
  const tooLarge = ledgerTooLarge(
    raw,
    reading.input.receivables,
    layout.receivables,
    policy.minorPerUnit
  );
  if (tooLarge !== null)
    return {
      ok: false,
      refusal: refusalOf("AMOUNTS_TOO_LARGE", tooLarge, {
        sheet: tooLarge.sheet,
        column: tooLarge.column,
      }),
    };
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
