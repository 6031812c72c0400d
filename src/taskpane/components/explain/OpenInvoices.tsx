/** The customer's open amounts by aging bucket, then each open invoice with its days overdue. */
import { createTableColumn, type TableColumnDefinition } from "@fluentui/react-components";
import { useMemo } from "react";
import type { AgingRow, ReceivableResult } from "../../../engine/types";
import type { Formatters } from "../../format/formatters";
import type { Translate } from "../../i18n/translate";
import { DataTableGrid } from "../common/DataTableGrid";
import { WideGrid } from "../common/WideGrid";
import { usePaneLanguage } from "../../pane-context";

export interface OpenInvoicesProps {
  agingRow: AgingRow | undefined;
  invoices: ReceivableResult[];
  bucketLabels: string[];
  format: Formatters;
}

export function OpenInvoices({ agingRow, invoices, bucketLabels, format }: OpenInvoicesProps) {
  const { t } = usePaneLanguage();
  const columns = useMemo(() => invoiceColumns(t, format, bucketLabels), [t, format, bucketLabels]);
  const open = invoices.filter((invoice) => invoice.open !== 0);
  return (
    <section aria-label={t("explain.openInvoices")}>
      <h3>{t("explain.openInvoices")}</h3>
      {agingRow && (
        <ul aria-label={t("explain.byBucket")}>
          {bucketLabels.map((label, index) => (
            <li key={label}>
              {t("explain.bucketAmount", {
                bucket: label,
                amount: format.money(agingRow.amounts[index] ?? 0),
              })}
            </li>
          ))}
          {agingRow.unapplied !== 0 && (
            <li>{t("explain.unapplied", { amount: format.money(agingRow.unapplied) })}</li>
          )}
          <li>{t("explain.netOpen", { amount: format.money(agingRow.net) })}</li>
        </ul>
      )}
      {open.length > 0 && (
        <WideGrid minWidth={560}>
          <DataTableGrid
            items={open}
            columns={columns}
            rowKey={(invoice) => String(invoice.index)}
            ariaLabel={t("explain.invoiceGrid")}
            size="small"
          />
        </WideGrid>
      )}
    </section>
  );
}

function invoiceColumns(
  t: Translate,
  format: Formatters,
  bucketLabels: string[]
): TableColumnDefinition<ReceivableResult>[] {
  return [
    createTableColumn<ReceivableResult>({
      columnId: "invoice",
      renderHeaderCell: () => t("column.invoice"),
      renderCell: (invoice) => invoice.invoiceNo,
    }),
    createTableColumn<ReceivableResult>({
      columnId: "due",
      renderHeaderCell: () => t("column.dueDate"),
      renderCell: (invoice) => format.date(invoice.dueDate),
    }),
    createTableColumn<ReceivableResult>({
      columnId: "open",
      renderHeaderCell: () => t("column.open"),
      renderCell: (invoice) => format.money(invoice.open),
    }),
    createTableColumn<ReceivableResult>({
      columnId: "days",
      renderHeaderCell: () => t("column.daysOverdue"),
      renderCell: (invoice) =>
        invoice.daysOverdue === null ? "" : format.integer(invoice.daysOverdue),
    }),
    createTableColumn<ReceivableResult>({
      columnId: "bucket",
      renderHeaderCell: () => t("column.bucket"),
      renderCell: (invoice) =>
        invoice.bucket < 0 ? t("aging.unapplied") : (bucketLabels[invoice.bucket] ?? ""),
    }),
  ];
}
