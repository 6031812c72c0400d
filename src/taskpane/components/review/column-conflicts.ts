/**
 * One column cannot hold two fields: the reader would keep the first and warn, and the command
 * line refuses. The mapping form refuses at the pick instead: a column picked for a field after
 * another field of the same sheet took it is a conflict, named by the field that has it.
 */
export interface ColumnPick {
  /** The form's key of the field asked for. */
  key: string;
  role: string;
  sheet: string;
  column: number;
}

/** Field key → the key of the field picked earlier for the same column; picks in the order made. */
export function columnConflicts(picks: readonly ColumnPick[]): Map<string, string> {
  const conflicts = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const pick of picks) {
    // Sheet and role both: the same column number on two sheets is two columns.
    const place = JSON.stringify([pick.role, pick.sheet, pick.column]);
    const holder = taken.get(place);
    if (holder === undefined) taken.set(place, pick.key);
    else conflicts.set(pick.key, holder);
  }
  return conflicts;
}

/** The picks with `key` now at `column`: a new pick of a field moves it to the end. */
export function withPick(picks: readonly ColumnPick[], pick: ColumnPick): ColumnPick[] {
  return [...picks.filter((existing) => existing.key !== pick.key), pick];
}
