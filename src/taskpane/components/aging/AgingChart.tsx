/** Bucket totals as coloured bars (plain SVG): the same colours as the table, oldest in dark red. */
import type { Minor } from "../../../engine/types";
import { agingColors } from "../../../workbook/colors";
import type { Formatters } from "../../format/formatters";

export interface AgingChartProps {
  labels: string[];
  totals: Minor[];
  format: Formatters;
  title: string;
}

const WIDTH = 300;
const HEIGHT = 160;
const AXIS_SPACE = 20;
const VALUE_SPACE = 14;

export function AgingChart({ labels, totals, format, title }: AgingChartProps) {
  const largest = Math.max(0, ...totals);
  const slot = WIDTH / Math.max(1, totals.length);
  const plotHeight = HEIGHT - AXIS_SPACE - VALUE_SPACE;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={title}>
      <title>{title}</title>
      {totals.map((total, index) => {
        const height = largest > 0 ? (Math.max(0, total) / largest) * plotHeight : 0;
        const x = index * slot + slot * 0.15;
        const y = HEIGHT - AXIS_SPACE - height;
        const { fill } = agingColors(index, totals.length);
        return (
          <g key={labels[index] ?? index} data-testid={`aging-bar-${index}`}>
            <rect x={x} y={y} width={slot * 0.7} height={height} fill={fill}>
              <title>{`${labels[index]}: ${format.money(total)}`}</title>
            </rect>
            <text x={x + slot * 0.35} y={y - 3} fontSize="8" textAnchor="middle">
              {format.money(total)}
            </text>
            <text x={x + slot * 0.35} y={HEIGHT - 6} fontSize="9" textAnchor="middle">
              {labels[index]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
