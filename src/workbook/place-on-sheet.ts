/**
 * Which results of a review go beside the user's rows of one sheet: each on the row it was read
 * from. A result read from another sheet (or made up, with no row at all) gets a note instead,
 * so the user learns where to find it.
 */
import type { SourceRef } from "../engine/types";
import type { PlacedItem } from "./plan-column-block";
import { planNoteOf, type PlanNote, type PlanNoteItem } from "./plan-note";

/** Where an item came from and how a note names it. */
export interface Whereabouts {
  source: SourceRef | undefined;
  noteItem: PlanNoteItem;
}

export function placeOnSheet<Item>(
  items: readonly Item[],
  sheet: string,
  whereabouts: (item: Item) => Whereabouts,
  notes: PlanNote[]
): PlacedItem<Item>[] {
  const placed: PlacedItem<Item>[] = [];
  for (const item of items) {
    const { source, noteItem } = whereabouts(item);
    if (!source || source.sheet !== sheet)
      notes.push(planNoteOf("NO_ROW_ON_SHEET", { sheet, item: noteItem }, { sheet }));
    else placed.push({ row: source.row, item, noteItem });
  }
  return placed;
}
