/** The rows the Credit Changes sheet will get, old → new, with the reasons in words. */
import { createTableColumn, type TableColumnDefinition } from "@fluentui/react-components";
import { useMemo } from "react";
import { usePaneLanguage, type PaneLanguage } from "../../pane-context";
import type { Minor } from "../../../engine/types";
import type { CreditChangeRow } from "../../../workbook/credit-changes";
import { changeWhy, gradeText } from "./cause-words";
import type { Formatters } from "../../format/formatters";
import { useShownRows } from "../../hooks/use-shown-rows";
import { CustomerLink } from "../common/CustomerLink";
import { DataTableGrid } from "../common/DataTableGrid";
import { ShowMore } from "../common/ShowMore";
import { WideGrid } from "../common/WideGrid";

export interface ChangesGridProps {
  rows: CreditChangeRow[];
  format: Formatters;
  onSelectCustomer?: (customerId: string) => void;
}

export function ChangesGrid({ rows, format, onSelectCustomer }: ChangesGridProps) {
  const language = usePaneLanguage();
  const { shown, hidden, showMore } = useShownRows(rows);
  const columns = useMemo(
    () => changeColumns(language, format, onSelectCustomer),
    [language, format, onSelectCustomer]
  );
  return (
    <WideGrid minWidth={640}>
      <DataTableGrid
        items={shown}
        columns={columns}
        rowKey={(row) => row.customerId}
        ariaLabel={language.t("preview.changesGrid")}
        rowTestIdPrefix="change-row-"
      />
      <ShowMore hidden={hidden} onShowMore={showMore} />
    </WideGrid>
  );
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
    createTableColumn<CreditChangeRow>({
      columnId: "customer",
      renderHeaderCell: () => t("column.customer"),
      renderCell: (row) => (
        <CustomerLink
          text={t("customer.idName", { id: row.customerId, name: row.customerName })}
          customerId={row.customerId}
          onSelect={onSelectCustomer}
        />
      ),
    }),
    createTableColumn<CreditChangeRow>({
      columnId: "limit",
      renderHeaderCell: () => t("column.limitChange"),
      renderCell: (row) =>
        t("change.arrow", { from: money(row.previousLimit), to: money(row.newLimit) }),
    }),
    createTableColumn<CreditChangeRow>({
      columnId: "grade",
      renderHeaderCell: () => t("column.gradeChange"),
      renderCell: (row) =>
        t("change.arrow", {
          from: row.change === "newCustomer" ? "–" : gradeText(row.previousGrade, language),
          to: gradeText(row.newGrade, language),
        }),
    }),
    createTableColumn<CreditChangeRow>({
      columnId: "terms",
      renderHeaderCell: () => t("column.termsChange"),
      renderCell: (row) =>
        t("change.arrow", { from: days(row.previousTerms), to: days(row.newTerms) }),
    }),
    createTableColumn<CreditChangeRow>({
      columnId: "why",
      renderHeaderCell: () => t("column.why"),
      renderCell: (row) => changeWhy(row, language),
    }),
  ];
}
