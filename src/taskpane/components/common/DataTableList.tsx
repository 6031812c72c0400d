/**
 * A grid's rows for a pane too narrow for its columns: one list item per row, each cell under
 * its column's header, wrapping instead of scrolling sideways. Same items, columns, keys and
 * test ids as the grid, so nothing else changes with the width.
 */
import {
  makeStyles,
  type TableColumnDefinition,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalS,
  },
  fields: { margin: 0 },
  field: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
});

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
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={ariaLabel}>
      {items.map((item) => {
        const key = rowKey(item);
        return (
          <li
            key={key}
            className={styles.item}
            data-testid={rowTestIdPrefix === undefined ? undefined : `${rowTestIdPrefix}${key}`}
          >
            <dl className={styles.fields}>
              {columns.map((column) => (
                <div key={String(column.columnId)} className={styles.field}>
                  <dt className={styles.name}>{column.renderHeaderCell()}</dt>
                  <dd className={styles.value}>{column.renderCell(item)}</dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
