/**
 * One column of a pane table: its id, its header's text and what each row shows in it. Every
 * grid of the pane builds its columns with this, so they differ only in what they show.
 */
import { createTableColumn, type TableColumnDefinition } from "@fluentui/react-components";
import type { ReactNode } from "react";

export function tableColumn<Item>(
  columnId: string,
  header: string,
  cell: (item: Item) => ReactNode
): TableColumnDefinition<Item> {
  return createTableColumn<Item>({ columnId, renderHeaderCell: () => header, renderCell: cell });
}
