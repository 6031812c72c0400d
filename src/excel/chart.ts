/**
 * A chart of the plan as an Office.js column chart: clustered with exactly one series, or
 * stacked with one series per column of values.
 *
 * Excel makes one series per column when a range is charted "by columns": the aging totals are
 * one row, so charted that way every bucket became a series of its own (one bar each, a legend
 * of six entries, no categories). The values are charted along their long side instead.
 * A stacked chart's series stand side by side, one column each (the plan lays them out so), and
 * are charted together by columns: one series per column, named and given the categories here.
 */
import type { ChartPlan } from "../workbook/plan";
import { formatRange } from "../workbook/plan-address";
import { boxColumns, boxRows, parseBox } from "./address";

/** The series direction that makes one series of a one-row or one-column range. */
export function oneSeriesDirection(valuesRange: string): "Rows" | "Columns" {
  const box = parseBox(valuesRange);
  return boxRows(box) === 1 && boxColumns(box) > 1 ? "Rows" : "Columns";
}

/** The range holding every series of a stacked chart: from the first's column to the last's. */
export function stackedSource(plan: ChartPlan): string {
  const boxes = [plan.valuesRange, ...(plan.moreSeries ?? []).map((s) => s.valuesRange)].map(
    parseBox
  );
  return formatRange({
    top: Math.min(...boxes.map((box) => box.top)),
    left: Math.min(...boxes.map((box) => box.left)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
    right: Math.max(...boxes.map((box) => box.right)),
  });
}

export function queueChart(sheet: Excel.Worksheet, plan: ChartPlan): void {
  const stacked = plan.kind === "stackedColumn";
  const chart = stacked
    ? sheet.charts.add("ColumnStacked", sheet.getRange(stackedSource(plan)), "Columns")
    : sheet.charts.add(
        "ColumnClustered",
        sheet.getRange(plan.valuesRange),
        oneSeriesDirection(plan.valuesRange)
      );
  chart.title.text = plan.title;
  const names = [plan.seriesName, ...(stacked ? (plan.moreSeries ?? []) : []).map((s) => s.name)];
  names.forEach((name, index) => {
    const series = chart.series.getItemAt(index);
    series.name = name;
    series.setXAxisValues(sheet.getRange(plan.categoriesRange));
  });
  chart.setPosition(plan.anchor);
  // After setPosition, which may size the chart to its anchor.
  chart.width = plan.widthPoints;
  chart.height = plan.heightPoints;
}
