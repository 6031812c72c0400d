/**
 * What the pane remembers in the document: the user's column choices, the language and the
 * policy, so that the next person opening the workbook runs the same review.
 */
import type { Policy } from "../../engine/policy";
import type { SerialDate } from "../../engine/types";
import type { SheetRole } from "../../workbook/fields";
import type { ColumnMapping } from "../../workbook/column-mapping";

export type { ColumnMapping };

/** The as-of date last chosen: today (whatever day the pane opens) or a fixed date. */
export type AsOfChoice = { kind: "today" } | { kind: "fixed"; date: SerialDate };

export interface PaneSettings {
  asOf?: AsOfChoice;
  locale?: string;
  columnMapping?: ColumnMapping;
  /** The policy as edited in the pane (plain JSON), validated again before use. */
  policy?: Policy;
}

/**
 * Adds one column choice (on the sheet it was asked about) without losing the others, with the
 * header the column had then; a choice made without one drops the field's older header.
 */
export function withColumnChoice(
  mapping: ColumnMapping | undefined,
  role: SheetRole,
  sheet: string,
  field: string,
  column: number,
  header?: string
): ColumnMapping {
  const current: ColumnMapping = mapping ?? {};
  const roleMapping = current[role] ?? {};
  const columns: Partial<Record<string, number>> = {
    ...(roleMapping.columns ?? {}),
    [field]: column,
  };
  const columnHeaders: Partial<Record<string, string>> = { ...(roleMapping.columnHeaders ?? {}) };
  if (header === undefined || header.trim() === "") delete columnHeaders[field];
  else columnHeaders[field] = header;
  // The field keys of a role are checked by the reader; the pane passes back what it was asked.
  return {
    ...current,
    [role]: { ...roleMapping, sheet, columns, columnHeaders },
  } as ColumnMapping;
}
