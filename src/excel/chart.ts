/** A chart of the plan as an Office.js clustered column chart. */
import type { ChartPlan } from "../workbook/plan";

export function queueChart(sheet: Excel.Worksheet, plan: ChartPlan): void {
  const chart = sheet.charts.add("ColumnClustered", sheet.getRange(plan.valuesRange), "Columns");
  chart.title.text = plan.title;
  const series = chart.series.getItemAt(0);
  series.name = plan.seriesName;
  series.setXAxisValues(sheet.getRange(plan.categoriesRange));
  chart.setPosition(plan.anchor);
  // After setPosition, which may size the chart to its anchor.
  chart.width = plan.widthPoints;
  chart.height = plan.heightPoints;
}
