/** Bucket totals as coloured bars (plain SVG): the same colours as the table, oldest in dark red. */
import type { Minor } from "../../../engine/types";
import { agingColors } from "../../../workbook/colors";
import type { Formatters } from "../../format/formatters";
import { BAR_BASELINE, BarCaptions, BarChart } from "../common/BarChart";

export interface AgingChartProps {
  labels: string[];
  totals: Minor[];
  format: Formatters;
  title: string;
}

export function AgingChart({ labels, totals, format, title }: AgingChartProps) {
  return (
    <BarChart
      title={title}
      largest={Math.max(0, ...totals)}
      count={totals.length}
      renderBar={(index, slot) => {
        const total = totals[index];
        const top = BAR_BASELINE - slot.heightOf(total);
        const { fill } = agingColors(index, totals.length);
        return (
          <g key={labels[index] ?? index} data-testid={`aging-bar-${index}`}>
            <rect x={slot.x} y={top} width={slot.width} height={slot.heightOf(total)} fill={fill}>
              <title>{`${labels[index]}: ${format.money(total)}`}</title>
            </rect>
            <BarCaptions
              slot={slot}
              top={top}
              value={format.money(total)}
              name={labels[index]}
              nameSize={9}
            />
          </g>
        );
      }}
    />
  );
}
