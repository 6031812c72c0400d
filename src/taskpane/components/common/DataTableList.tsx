/**
 * A grid's rows for a pane too narrow for its columns: one list item per row, each cell under
 * its column's header, wrapping instead of scrolling sideways. Same items, columns, keys and
 * test ids as the grid, so nothing else changes with the width.
 */
import { type TableColumnDefinition, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";

// Inline styles, as elsewhere in the pane: makeStyles would add Griffel's style compiler (about
// 9 KB gzipped) to the first load, which Fluent's own precompiled styles do not need.
const LIST: CSSProperties = { listStyleType: "none", margin: 0, padding: 0 };
const ITEM: CSSProperties = {
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  paddingTop: tokens.spacingVerticalS,
  paddingBottom: tokens.spacingVerticalS,
};
const FIELDS: CSSProperties = { margin: 0 };
const FIELD: CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  columnGap: tokens.spacingHorizontalS,
  minWidth: 0,
};
const NAME: CSSProperties = {
  fontSize: tokens.fontSizeBase200,
  fontWeight: tokens.fontWeightSemibold,
  color: tokens.colorNeutralForeground2,
};
const VALUE: CSSProperties = { margin: 0, minWidth: 0, overflowWrap: "anywhere" };

export interface DataTableListProps<Item> {
  items: Item[];
  columns: TableColumnDefinition<Item>[];
  ariaLabel: string;
  rowKey: (item: Item) => string;
  rowTestIdPrefix?: string;
}

export function DataTableList<Item>({
  items,
  columns,
  ariaLabel,
  rowKey,
  rowTestIdPrefix,
}: DataTableListProps<Item>) {
  return (
    <ul style={LIST} aria-label={ariaLabel}>
      {items.map((item) => {
        const key = rowKey(item);
        return (
          <li
            key={key}
            style={ITEM}
            data-testid={rowTestIdPrefix === undefined ? undefined : `${rowTestIdPrefix}${key}`}
          >
            <dl style={FIELDS}>
              {columns.map((column) => (
                <div key={String(column.columnId)} style={FIELD}>
                  <dt style={NAME}>{column.renderHeaderCell()}</dt>
                  <dd style={VALUE}>{column.renderCell(item)}</dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
