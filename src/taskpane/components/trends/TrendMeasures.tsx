/**
 * The portfolio measures per review, one row per review, in two short tables — open amount, DSO
 * and countback DSO; overdue share, top-10 share and the Herfindahl index — because seven
 * columns do not fit Excel's narrow panes (270 and 320 px) and four do.
 */
import "../../i18n/late-words";
import { HeadedTable } from "../common/HeadedTable";
import type { TrendPoint } from "../../../engine/history/trends";
import type { Formatters } from "../../format/formatters";
import type { MessageKey } from "../../../i18n/messages";
import { usePaneLanguage } from "../../pane-context";

export interface TrendMeasuresProps {
  points: readonly TrendPoint[];
  format: Formatters;
}

interface Measure {
  heading: MessageKey;
  value(point: TrendPoint): string;
}

const NONE = "–";

export function TrendMeasures({ points, format }: TrendMeasuresProps) {
  const { t } = usePaneLanguage();
  const days = (value: number | null) => (value === null ? NONE : format.number(value, 1));
  const share = (value: number | null) => (value === null ? NONE : format.percent(value, 1));
  const index = (value: number | null) => (value === null ? NONE : format.number(value, 3));
  const amounts: Measure[] = [
    { heading: "trends.open", value: (point) => format.money(point.open) },
    { heading: "trends.dso", value: (point) => days(point.dso) },
    { heading: "trends.dsoCountback", value: (point) => days(point.dsoCountback) },
  ];
  const concentration: Measure[] = [
    { heading: "trends.overdueShare", value: (point) => share(point.overdueShare) },
    { heading: "trends.top10Share", value: (point) => share(point.top10Share) },
    { heading: "trends.herfindahl", value: (point) => index(point.herfindahl) },
  ];
  const table = (label: MessageKey, testId: string, measures: Measure[]) => (
    <HeadedTable
      label={t(label)}
      testId={testId}
      headers={[t("trends.asOf"), ...measures.map((measure) => t(measure.heading))]}
      rows={points.map((point) => ({
        key: point.asOf,
        testId: `${testId}-${point.asOf}`,
        header: format.date(point.asOf),
        cells: measures.map((measure) => measure.value(point)),
      }))}
    />
  );
  return (
    <>
      {table("trends.measuresLabel", "trend-amounts", amounts)}
      {table("trends.concentrationLabel", "trend-concentration", concentration)}
    </>
  );
}
