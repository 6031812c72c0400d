/**
 * Customers × aging buckets, coloured from green (not due) to dark red (the oldest bucket),
 * with unapplied credits, totals, average age, and a row of bucket shares.
 */
import type { TableColumnDefinition } from "@fluentui/react-components";
import { tableColumn } from "../common/table-column";
import { useMemo, type ReactNode } from "react";
import type { Minor } from "../../../engine/types";
import { agingColors } from "../../../workbook/colors";
import type { AgingRowView } from "../../aging/aging-rows";
import type { Formatters } from "../../format/formatters";
import type { Translate } from "../../i18n/translate";
import { usePaneLanguage } from "../../pane-context";
import { useShownRows } from "../../hooks/use-shown-rows";
import { CustomerLink } from "../common/CustomerLink";
import { WideTable } from "../common/WideTable";

export interface AgingGridProps {
  rows: AgingRowView[];
  bucketLabels: string[];
  format: Formatters;
  onSelectCustomer?: (customerId: string) => void;
}

const rowId = (row: AgingRowView) => (row.kind === "customer" ? `customer:${row.id}` : row.kind);

export function AgingGrid({ rows, bucketLabels, format, onSelectCustomer }: AgingGridProps) {
  const { t } = usePaneLanguage();
  // Customers are paged; the totals and shares rows always close the table.
  const customers = useMemo(() => rows.filter((row) => row.kind === "customer"), [rows]);
  const summary = useMemo(() => rows.filter((row) => row.kind !== "customer"), [rows]);
  const { shown, hidden, showMore } = useShownRows(customers);
  const items = useMemo(() => [...shown, ...summary], [shown, summary]);
  const columns = useMemo(
    () => agingColumns(bucketLabels, format, t, onSelectCustomer),
    [bucketLabels, format, t, onSelectCustomer]
  );
  // A customer column and about 100 px per amount column keep every figure readable.
  return (
    <WideTable
      minWidth={220 + 100 * (bucketLabels.length + 3)}
      items={items}
      columns={columns}
      rowKey={rowId}
      ariaLabel={t("aging.gridLabel")}
      size="small"
      rowTestIdPrefix="aging-row-"
      paging={{ hidden, showMore }}
    />
  );
}

function agingColumns(
  bucketLabels: string[],
  format: Formatters,
  t: Translate,
  onSelectCustomer: ((customerId: string) => void) | undefined
): TableColumnDefinition<AgingRowView>[] {
  const customerColumn = tableColumn<AgingRowView>("customer", t("column.customer"), (row) =>
    customerCell(row, t, onSelectCustomer)
  );
  const bucketColumns = bucketLabels.map((label, index) =>
    tableColumn<AgingRowView>(`bucket-${index}`, label, (row) => {
      if (row.kind === "share") return format.percent(row.shares[index] ?? 0);
      const amount = row.amounts[index] ?? 0;
      if (amount === 0) return "";
      const colours = agingColors(index, bucketLabels.length);
      return (
        <span
          className="aging-cell"
          style={{ backgroundColor: colours.fill, color: colours.fontColor }}
        >
          {format.money(amount)}
        </span>
      );
    })
  );
  const amountColumn = (
    columnId: string,
    header: string,
    pick: (row: Exclude<AgingRowView, { kind: "share" }>) => Minor
  ) =>
    tableColumn<AgingRowView>(columnId, header, (row) =>
      row.kind === "share" ? "" : format.money(pick(row))
    );
  return [
    customerColumn,
    ...bucketColumns,
    amountColumn("unapplied", t("aging.unapplied"), (row) => row.unapplied),
    amountColumn("net", t("aging.total"), (row) => row.net),
    tableColumn<AgingRowView>("averageAge", t("aging.averageAge"), (row) =>
      row.kind === "share" || row.averageAgeDays === null
        ? ""
        : format.number(row.averageAgeDays, 1)
    ),
  ];
}

function customerCell(
  row: AgingRowView,
  t: Translate,
  onSelectCustomer: ((customerId: string) => void) | undefined
): ReactNode {
  if (row.kind === "total") return <strong>{t("aging.totalRow")}</strong>;
  if (row.kind === "share") return t("aging.shareRow");
  const text = row.name ? t("customer.idName", { id: row.id, name: row.name }) : row.id;
  return <CustomerLink text={text} customerId={row.id} onSelect={onSelectCustomer} />;
}
