/**
 * A chart of the plan as an Office.js clustered column chart with exactly one series.
 *
 * Excel makes one series per column when a range is charted "by columns": the aging totals are
 * one row, so charted that way every bucket became a series of its own (one bar each, a legend
 * of six entries, no categories). The values are charted along their long side instead.
 */
import type { ChartPlan } from "../workbook/plan";
import { boxColumns, boxRows, parseBox } from "./address";

/** The series direction that makes one series of a one-row or one-column range. */
export function oneSeriesDirection(valuesRange: string): "Rows" | "Columns" {
  const box = parseBox(valuesRange);
  return boxRows(box) === 1 && boxColumns(box) > 1 ? "Rows" : "Columns";
}

export function queueChart(sheet: Excel.Worksheet, plan: ChartPlan): void {
  const chart = sheet.charts.add(
    "ColumnClustered",
    sheet.getRange(plan.valuesRange),
    oneSeriesDirection(plan.valuesRange)
  );
  chart.title.text = plan.title;
  const series = chart.series.getItemAt(0);
  series.name = plan.seriesName;
  series.setXAxisValues(sheet.getRange(plan.categoriesRange));
  chart.setPosition(plan.anchor);
  // After setPosition, which may size the chart to its anchor.
  chart.width = plan.widthPoints;
  chart.height = plan.heightPoints;
}
