/** The rows the Credit Changes sheet will get, old → new, with the reasons in words. */
import type { TableColumnDefinition } from "@fluentui/react-components";
import { tableColumn } from "../common/table-column";
import { usePaneLanguage, type PaneLanguage } from "../../pane-context";
import type { Minor } from "../../../engine/types";
import type { CreditChangeRow } from "../../../workbook/credit-changes";
import { changeWhy, gradeText } from "./cause-words";
import type { Formatters } from "../../format/formatters";
import { CustomerLink } from "../common/CustomerLink";
import { useColumns } from "../common/use-columns";
import { PagedTable } from "../common/PagedTable";
import type { WideTableLayout } from "../common/WideTable";

const CHANGES_LAYOUT: WideTableLayout<CreditChangeRow> = {
  minWidth: 640,
  rowKey: (row) => row.customerId,
  rowTestIdPrefix: "change-row-",
};

export interface ChangesGridProps {
  rows: CreditChangeRow[];
  format: Formatters;
  onSelectCustomer?: (customerId: string) => void;
}

export function ChangesGrid({ rows, format, onSelectCustomer }: ChangesGridProps) {
  const language = usePaneLanguage();
  const columns = useColumns(changeColumns, language, format, onSelectCustomer);
  const label = language.t("preview.changesGrid");
  return <PagedTable {...CHANGES_LAYOUT} items={rows} columns={columns} ariaLabel={label} />;
}

function changeColumns(
  language: PaneLanguage,
  format: Formatters,
  onSelectCustomer: ((customerId: string) => void) | undefined
): TableColumnDefinition<CreditChangeRow>[] {
  const { t } = language;
  const money = (minor: Minor | null) => (minor === null ? "–" : format.money(minor));
  const days = (value: number | null) =>
    value === null ? "–" : t("unit.days", { days: format.integer(value) });
  return [
    tableColumn<CreditChangeRow>("customer", t("column.customer"), (row) => (
      <CustomerLink
        text={t("customer.idName", { id: row.customerId, name: row.customerName })}
        customerId={row.customerId}
        onSelect={onSelectCustomer}
      />
    )),
    tableColumn<CreditChangeRow>("limit", t("column.limitChange"), (row) =>
      t("change.arrow", { from: money(row.previousLimit), to: money(row.newLimit) })
    ),
    tableColumn<CreditChangeRow>("grade", t("column.gradeChange"), (row) =>
      t("change.arrow", {
        from: row.change === "newCustomer" ? "–" : gradeText(row.previousGrade, language),
        to: gradeText(row.newGrade, language),
      })
    ),
    tableColumn<CreditChangeRow>("terms", t("column.termsChange"), (row) =>
      t("change.arrow", { from: days(row.previousTerms), to: days(row.newTerms) })
    ),
    tableColumn<CreditChangeRow>("why", t("column.why"), (row) => changeWhy(row, language)),
  ];
}
