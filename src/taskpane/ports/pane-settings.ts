/**
 * What the pane remembers in the document: the user's column choices, the language and the
 * policy, so that the next person opening the workbook runs the same review.
 */
import type { Policy } from "../../engine/policy";
import type { SheetRole } from "../../workbook/fields";

/** Role → field key → 1-based worksheet column the user chose for it. */
export type ColumnMapping = Partial<Record<SheetRole, Record<string, number>>>;

export interface PaneSettings {
  locale?: string;
  columnMapping?: ColumnMapping;
  /** The policy as edited in the pane (plain JSON), validated again before use. */
  policy?: Policy;
}

/** Adds one column choice without losing the others. */
export function withColumnChoice(
  mapping: ColumnMapping | undefined,
  role: SheetRole,
  field: string,
  column: number
): ColumnMapping {
  const current = mapping ?? {};
  return { ...current, [role]: { ...(current[role] ?? {}), [field]: column } };
}
