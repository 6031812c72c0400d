/**
 * The collection worklist: one row per customer with something to do, highest priority first.
 * Actions due on or before the as-of date are shown in bold, as the Collections sheet highlights
 * today's actions.
 */
import "../../i18n/late-words";
import type { TableColumnDefinition } from "@fluentui/react-components";
import { tableColumn } from "../common/table-column";
import type { SerialDate } from "../../../engine/types";
import type { OutputLabels } from "../../../workbook/labels";
import type { WorklistRow } from "../../collections/worklist-rows";
import { lastContactWords, nextActionWords, promiseWords } from "../../collections/worklist-words";
import type { Formatters } from "../../format/formatters";
import type { ReviewView } from "../../hooks/use-review-view";
import type { Translate } from "../../i18n/translate";
import { usePaneLanguage } from "../../pane-context";
import { CustomerLink } from "../common/CustomerLink";
import { useColumns } from "../common/use-columns";
import { PagedTable } from "../common/PagedTable";
import type { WideTableLayout } from "../common/WideTable";

export interface WorklistGridProps {
  rows: WorklistRow[];
  asOf: SerialDate;
  /** The review's formatters and output words (`useReviewView`), as every tab shows them. */
  view: Pick<ReviewView, "format" | "labels">;
  onSelectCustomer?: (customerId: string) => void;
}

// Nine columns of about 110 px each; narrower panes show each customer as a list item.
const WORKLIST_LAYOUT: WideTableLayout<WorklistRow> = {
  minWidth: 1000,
  rowKey: (row) => row.id,
  size: "small",
  rowTestIdPrefix: "worklist-row-",
};

export function WorklistGrid({ rows, asOf, view, onSelectCustomer }: WorklistGridProps) {
  const { format, labels } = view;
  const { t } = usePaneLanguage();
  const columns = useColumns(worklistColumns, asOf, format, labels, t, onSelectCustomer);
  const label = t("collections.gridLabel");
  return <PagedTable {...WORKLIST_LAYOUT} items={rows} columns={columns} ariaLabel={label} />;
}

function worklistColumns(
  asOf: SerialDate,
  format: Formatters,
  labels: OutputLabels,
  t: Translate,
  onSelectCustomer: ((customerId: string) => void) | undefined
): TableColumnDefinition<WorklistRow>[] {
  return [
    tableColumn<WorklistRow>("customer", t("column.customer"), (row) => (
      <CustomerLink
        text={row.name ? t("customer.idName", { id: row.id, name: row.name }) : row.id}
        customerId={row.id}
        onSelect={onSelectCustomer}
      />
    )),
    tableColumn<WorklistRow>("nextAction", t("collections.column.nextAction"), (row) =>
      nextActionWords(row.nextAction, labels, t)
    ),
    tableColumn<WorklistRow>("due", t("collections.column.due"), (row) => {
      if (row.nextActionDue === null) return "";
      const text = format.date(row.nextActionDue);
      return row.nextActionDue <= asOf ? <strong>{text}</strong> : text;
    }),
    tableColumn<WorklistRow>("overdue", t("collections.column.overdue"), (row) =>
      format.money(row.overdueAmount)
    ),
    tableColumn<WorklistRow>("disputed", t("collections.column.disputed"), (row) =>
      row.disputedAmount === 0 ? "" : format.money(row.disputedAmount)
    ),
    tableColumn<WorklistRow>("promise", t("collections.column.promise"), (row) => {
      const parts: string[] = [];
      if (row.promise !== null) parts.push(promiseWords(row.promise, format, t));
      if (row.brokenPromises3m > 0)
        parts.push(t("collections.brokenCount", { count: row.brokenPromises3m }));
      return parts.join("; ");
    }),
    tableColumn<WorklistRow>("lastContact", t("collections.column.lastContact"), (row) =>
      row.lastContact === null ? "" : lastContactWords(row.lastContact, format, t)
    ),
    tableColumn<WorklistRow>(
      "grade",
      t("collections.column.grade"),
      (row) => row.grade ?? t("grade.none")
    ),
    tableColumn<WorklistRow>(
      "status",
      t("collections.column.status"),
      (row) => labels.status[row.standing]
    ),
  ];
}
