/** Every customer whose grade, limit or terms will change, old → new, with the reasons in words. */
import { createTableColumn, type TableColumnDefinition } from "@fluentui/react-components";
import { useMemo } from "react";
import { usePaneLanguage, type PaneLanguage } from "../../pane-context";
import type { PreviewRow } from "../../preview/compare-with-log";
import { causeText, gradeText } from "./cause-words";
import type { Formatters } from "../../format/formatters";
import { useShownRows } from "../../hooks/use-shown-rows";
import { CustomerLink } from "../common/CustomerLink";
import { DataTableGrid } from "../common/DataTableGrid";
import { ShowMore } from "../common/ShowMore";
import { WideGrid } from "../common/WideGrid";

export interface ChangesGridProps {
  rows: PreviewRow[];
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
        rowKey={(row) => row.id}
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
): TableColumnDefinition<PreviewRow>[] {
  const { t } = language;
  const money = (minor: number | null) => (minor === null ? "–" : format.money(minor));
  const days = (value: number | null) =>
    value === null ? "–" : t("unit.days", { days: format.integer(value) });
  return [
    createTableColumn<PreviewRow>({
      columnId: "customer",
      renderHeaderCell: () => t("column.customer"),
      renderCell: (row) => (
        <CustomerLink
          text={t("customer.idName", { id: row.id, name: row.name })}
          customerId={row.id}
          onSelect={onSelectCustomer}
        />
      ),
    }),
    createTableColumn<PreviewRow>({
      columnId: "limit",
      renderHeaderCell: () => t("column.limitChange"),
      renderCell: (row) =>
        t("change.arrow", { from: money(row.previousLimit), to: money(row.newLimit) }),
    }),
    createTableColumn<PreviewRow>({
      columnId: "grade",
      renderHeaderCell: () => t("column.gradeChange"),
      renderCell: (row) =>
        t("change.arrow", {
          from: row.change === "new" ? "–" : gradeText(row.previousGrade, language),
          to: gradeText(row.newGrade, language),
        }),
    }),
    createTableColumn<PreviewRow>({
      columnId: "terms",
      renderHeaderCell: () => t("column.termsChange"),
      renderCell: (row) =>
        t("change.arrow", { from: days(row.previousTerms), to: days(row.newTerms) }),
    }),
    createTableColumn<PreviewRow>({
      columnId: "why",
      renderHeaderCell: () => t("column.why"),
      renderCell: (row) =>
        row.change === "new"
          ? t("change.new")
          : row.causes.map((cause) => causeText(cause, { ...language, format })).join("; "),
    }),
  ];
}
