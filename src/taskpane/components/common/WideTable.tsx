/**
 * A pane table wider than the pane (WideGrid around DataTableGrid), with the "show more" button
 * under it when its rows are paged.
 */
import { DataTableGrid, type DataTableGridProps } from "./DataTableGrid";
import { ShowMore } from "./ShowMore";
import { WideGrid } from "./WideGrid";

export interface WideTableProps<Item> extends DataTableGridProps<Item> {
  /** Below this width the table is shown as a list. */
  minWidth: number;
  /** The paging of `items` (useShownRows), when the rows are paged. */
  paging?: { hidden: number; showMore: () => void };
}

/**
 * What stays the same for every render of one table: its width, its row keys and test ids, its
 * density. Each grid declares it once, beside its columns; the items and labels come per render.
 */
export type WideTableLayout<Item> = Pick<
  WideTableProps<Item>,
  "minWidth" | "rowKey" | "size" | "rowTestIdPrefix"
>;

export function WideTable<Item>({ minWidth, paging, ...grid }: WideTableProps<Item>) {
  return (
    <WideGrid minWidth={minWidth}>
      <DataTableGrid {...grid} />
      {paging && <ShowMore hidden={paging.hidden} onShowMore={paging.showMore} />}
    </WideGrid>
  );
}
