/** The customer's open amounts by aging bucket, then each open invoice with its days overdue. */
import "../../i18n/late-words";
import type { TableColumnDefinition } from "@fluentui/react-components";
import { tableColumn } from "../common/table-column";
import { useMemo } from "react";
import type { AgingRow, ReceivableResult } from "../../../engine/types";
import type { Formatters } from "../../format/formatters";
import type { Translate } from "../../i18n/translate";
import { WideTable } from "../common/WideTable";
import { TitledSection } from "../common/TitledSection";
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
    <TitledSection title={t("explain.openInvoices")} level={3}>
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
        <WideTable
          minWidth={560}
          items={open}
          columns={columns}
          rowKey={(invoice) => String(invoice.index)}
          ariaLabel={t("explain.invoiceGrid")}
          size="small"
        />
      )}
    </TitledSection>
  );
}

function invoiceColumns(
  t: Translate,
  format: Formatters,
  bucketLabels: string[]
): TableColumnDefinition<ReceivableResult>[] {
  return [
    tableColumn<ReceivableResult>("invoice", t("column.invoice"), (invoice) => invoice.invoiceNo),
    tableColumn<ReceivableResult>("due", t("column.dueDate"), (invoice) =>
      format.date(invoice.dueDate)
    ),
    tableColumn<ReceivableResult>("open", t("column.open"), (invoice) =>
      format.money(invoice.open)
    ),
    tableColumn<ReceivableResult>("days", t("column.daysOverdue"), (invoice) =>
      invoice.daysOverdue === null ? "" : format.integer(invoice.daysOverdue)
    ),
    tableColumn<ReceivableResult>("bucket", t("column.bucket"), (invoice) =>
      invoice.bucket < 0 ? t("aging.unapplied") : (bucketLabels[invoice.bucket] ?? "")
    ),
  ];
}
