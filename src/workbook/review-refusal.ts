/**
 * Why a review could not run, as data in one shape: a code, the severity, the place (sheet,
 * column, cell where known) and params typed per code. No sentence: the command line and the
 * pane word a refusal in their reader's language (`cli/failure.ts`, `taskpane/flow/refusal-failure.ts`).
 */
import type { PolicyIssue } from "../engine/policy-validation";
import type { Problem } from "../engine/types";
import type { MappingCandidate, MappingRequest } from "./column-mapping";
import type { UnreadableColumn } from "./column-readability";
import type { SheetRole } from "./fields";
import type { MixedCurrencies } from "./ledger-currencies";
import type { LedgerTooLarge } from "./ledger-magnitude";

/** Where a review's policy came from (see `choosePolicy`); a default policy is never refused. */
export type RefusedPolicySource = "given" | "settings" | "recorded" | "sheet";

export interface RefusalPlace {
  /** The sheet the refusal is about, or null when no sheet is (a missing sheet, a given policy). */
  sheet: string | null;
  /** Column letter ("E"), when one column is the reason. */
  column: string | null;
  /** A1 address of a cell that shows the reason ("E2"). */
  cell: string | null;
}

interface Refusal<Code extends string, Params> {
  code: Code;
  severity: "error";
  place: RefusalPlace;
  params: Params;
}

export type ReviewRefusal =
  | Refusal<
      "SHEET_MISSING",
      {
        role: SheetRole;
        /** Names the sheet may have. */
        sheetNames: string[];
        /** One entry per required field ("Customer ID / 客户编号 / 客戶編號"). */
        headers: string[];
      }
    >
  | Refusal<"SHEET_EMPTY", { role: SheetRole; headers: string[] }>
  | Refusal<
      "COLUMN_UNMAPPED",
      {
        reason: MappingRequest["reason"];
        role: SheetRole;
        field: string;
        /** Headers that would name the field: the first English one and the Chinese ones. */
        expected: string[];
        /** For an ambiguous column, the columns that could be it. */
        candidates: MappingCandidate[];
      }
    >
  | Refusal<
      "POLICY_REFUSED",
      {
        source: RefusedPolicySource;
        /** Each wrong value; a sheet's issues carry the path as the sheet writes it. */
        issues: PolicyIssue[];
        /** The policy sheet was too large to read (then `issues` is empty). */
        notRead: Problem | null;
      }
    >
  /** No customers and receivables could be read; `problem` is the reader's reason, when it gave one. */
  | Refusal<"UNREADABLE", { problem: Problem | null }>
  /** More than half of one column's values cannot be read: its form is not understood. */
  | Refusal<"COLUMN_UNREADABLE", UnreadableColumn>
  /** The ledger holds several currencies and the policy does not name the review's one. */
  | Refusal<"MIXED_CURRENCIES", MixedCurrencies>
  /** The ledger's amounts add up to more than a review can sum exactly (ledger-magnitude.ts). */
  | Refusal<"AMOUNTS_TOO_LARGE", LedgerTooLarge>
  /** The output columns beside the table would end past Excel's last column. */
  | Refusal<"OUTPUT_PAST_LAST_COLUMN", { sheet: string; lastColumn: number; maxColumn: number }>;

export type RefusalCode = ReviewRefusal["code"];
export type RefusalOf<Code extends RefusalCode> = Extract<ReviewRefusal, { code: Code }>;

/** A refusal with its code's params; the place's parts not given are null. */
export function refusalOf<Code extends RefusalCode>(
  code: Code,
  params: RefusalOf<Code>["params"],
  place: Partial<RefusalPlace> = {}
): RefusalOf<Code> {
  const refusal = {
    code,
    severity: "error" as const,
    place: { sheet: null, column: null, cell: null, ...place },
    params,
  };
  // The compiler cannot narrow a union member from a generic code; the params' type ties them.
  return refusal as unknown as RefusalOf<Code>;
}
