/** The rows the Credit Changes sheet will get, old → new, with the reasons in words. */
import type { TableColumnDefinition } from "@fluentui/react-components";
import { tableColumn } from "../common/table-column";
import { useMemo } from "react";
import { usePaneLanguage, type PaneLanguage } from "../../pane-context";
import type { Minor } from "../../../engine/types";
import type { CreditChangeRow } from "../../../workbook/credit-changes";
import { changeWhy, gradeText } from "./cause-words";
import type { Formatters } from "../../format/formatters";
import { useShownRows } from "../../hooks/use-shown-rows";
import { CustomerLink } from "../common/CustomerLink";
import { WideTable } from "../common/WideTable";

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
    <WideTable
      minWidth={640}
      items={shown}
      columns={columns}
      rowKey={(row) => row.customerId}
      ariaLabel={language.t("preview.changesGrid")}
      rowTestIdPrefix="change-row-"
      paging={{ hidden, showMore }}
    />
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
