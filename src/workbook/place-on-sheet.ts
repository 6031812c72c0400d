/**
 * Which results of a review go beside the user's rows of one sheet: each on the row it was read
 * from. A result read from another sheet (or made up, with no row at all) gets a note instead,
 * so the user learns where to find it.
 */
import type { SourceRef } from "../engine/types";
import type { PlacedItem } from "./plan-column-block";

/** Where an item came from and how a note names it. */
export interface Whereabouts {
  source: SourceRef | undefined;
  describe: string;
}

export function placeOnSheet<Item>(
  items: readonly Item[],
  sheet: string,
  whereabouts: (item: Item) => Whereabouts,
  notPlacedNote: (item: Item, describe: string) => string,
  notes: string[]
): PlacedItem<Item>[] {
  const placed: PlacedItem<Item>[] = [];
  for (const item of items) {
    const { source, describe } = whereabouts(item);
    if (!source || source.sheet !== sheet) notes.push(notPlacedNote(item, describe));
    else placed.push({ row: source.row, item, describe });
  }
  return placed;
}
