/**
 * The task pane's read-only table: a header row from the columns' header cells, then one row
 * per item, so every grid lays out, labels and keys its rows the same way. Inside a WideGrid too
 * narrow for it, the same rows are a list (DataTableList).
 */
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  type DataGridProps,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { useContext } from "react";
import { DataTableList } from "./DataTableList";
import { GridAsList } from "./grid-as-list";

export interface DataTableGridProps<Item> {
  items: Item[];
  columns: TableColumnDefinition<Item>[];
  /** Names the table for screen readers. */
  ariaLabel: string;
  /** A key unique within `items`; also the row's id in the grid. */
  rowKey: (item: Item) => string;
  size?: DataGridProps["size"];
  /** When given, each row carries `data-testid` = this prefix followed by its key. */
  rowTestIdPrefix?: string;
}

export function DataTableGrid<Item>({
  items,
  columns,
  ariaLabel,
  rowKey,
  size,
  rowTestIdPrefix,
}: DataTableGridProps<Item>) {
  const asList = useContext(GridAsList);
  if (asList)
    return (
      <DataTableList
        items={items}
        columns={columns}
        ariaLabel={ariaLabel}
        rowKey={rowKey}
        rowTestIdPrefix={rowTestIdPrefix}
      />
    );
  return (
    <DataGrid items={items} columns={columns} getRowId={rowKey} aria-label={ariaLabel} size={size}>
      <DataGridHeader>
        <DataGridRow>
          {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<Item>>
        {({ item, rowId }) => (
          <DataGridRow<Item>
            key={rowId}
            data-testid={rowTestIdPrefix === undefined ? undefined : `${rowTestIdPrefix}${rowId}`}
          >
            {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
