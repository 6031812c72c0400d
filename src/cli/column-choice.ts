/**
 * One column choice the command line hands to the reader, and where it came from. A field is
 * chosen by its header text (`--map id="Cust No"`, or a text in a `--mapping` file) or by its
 * 1-based worksheet column (a number in a `--mapping` file, or the pane's saved choice).
 */
import type { SheetRole } from "../workbook/fields";

/** `madeOn`: the header the column had when the pane saved the choice (absent if not recorded). */
export type ColumnPick = { header: string } | { column: number; madeOn?: string };

/** Role → field key → the column chosen for it, from one source. */
export type ColumnChoiceLayer = { [R in SheetRole]?: Record<string, ColumnPick> };

/** Strongest first: what was typed, then the mapping file, then what the pane saved. */
export type ColumnChoiceSource = "--map" | "--mapping" | "saved";
