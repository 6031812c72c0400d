/** Each factor's rating and points against its weight, and whether it was typed, derived or missing. */
import "../../i18n/late-words";
import type { TableColumnDefinition } from "@fluentui/react-components";
import { tableColumn } from "../common/table-column";
import type { FactorLine } from "../../../engine/types";
import type { Formatters } from "../../format/formatters";
import type { MessageKey } from "../../i18n/messages";
import type { Translate } from "../../i18n/translate";
import { useColumns } from "../common/use-columns";
import { WideTable, type WideTableLayout } from "../common/WideTable";
import { usePaneLanguage } from "../../pane-context";
import { FACTOR_NAME_KEYS } from "../review/field-names";
import { GROUP_NAME_KEYS } from "../policy/WeightsEditor";

const SOURCE_KEYS: Record<FactorLine["source"], MessageKey> = {
  typed: "explain.source.typed",
  derived: "explain.source.derived",
  missing: "explain.source.missing",
};

const FACTOR_LAYOUT: WideTableLayout<FactorLine> = {
  minWidth: 560,
  rowKey: (line) => line.key,
  size: "small",
  rowTestIdPrefix: "factor-",
};

export function FactorGrid({
  lines,
  ratingMax,
  format,
}: {
  lines: FactorLine[];
  ratingMax: number;
  format: Formatters;
}) {
  const { t } = usePaneLanguage();
  const columns = useColumns(factorColumns, t, format, ratingMax);
  const label = t("explain.factors");
  return <WideTable {...FACTOR_LAYOUT} items={lines} columns={columns} ariaLabel={label} />;
}

function factorColumns(
  t: Translate,
  format: Formatters,
  ratingMax: number
): TableColumnDefinition<FactorLine>[] {
  return [
    tableColumn<FactorLine>(
      "factor",
      t("column.factor"),
      (line) => `${t(FACTOR_NAME_KEYS[line.key])} (${t(GROUP_NAME_KEYS[line.group])})`
    ),
    tableColumn<FactorLine>("rating", t("column.rating"), (line) =>
      line.rating === null ? "–" : format.number(line.rating, 1)
    ),
    tableColumn<FactorLine>("source", t("column.source"), (line) => t(SOURCE_KEYS[line.source])),
    tableColumn<FactorLine>("points", t("column.points"), (line) =>
      line.rating === null
        ? t("explain.pointsMissing", { weight: format.number(line.weight, 0) })
        : t("explain.points", {
            weight: format.number(line.weight, 0),
            rating: format.number(line.rating, 1),
            max: format.number(ratingMax, 0),
            points: format.number(line.points, 2),
          })
    ),
  ];
}
