/**
 * The aging of every review as stacked bars (plain SVG, like the Aging tab's chart): one bar per
 * review, oldest left, each bucket in the colour the Aging table gives it, oldest debt on top.
 */
import type { TrendPoint } from "../../../engine/history/trends";
import { agingColors } from "../../../workbook/colors";
import type { Formatters } from "../../format/formatters";

export interface TrendsChartProps {
  points: readonly TrendPoint[];
  /** Bucket names of the current review (a review on other buckets shows its own count). */
  bucketLabels: readonly string[];
  format: Formatters;
  title: string;
}

const WIDTH = 300;
const HEIGHT = 160;
const AXIS_SPACE = 20;
const VALUE_SPACE = 14;

export function TrendsChart({ points, bucketLabels, format, title }: TrendsChartProps) {
  const largest = Math.max(0, ...points.map((point) => point.open));
  const slot = WIDTH / Math.max(1, points.length);
  const plotHeight = HEIGHT - AXIS_SPACE - VALUE_SPACE;
  const barWidth = Math.min(slot * 0.7, 60);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={title}>
      <title>{title}</title>
      {points.map((point, index) => {
        const x = index * slot + (slot - barWidth) / 2;
        let top = HEIGHT - AXIS_SPACE;
        const date = format.date(point.asOf);
        return (
          <g key={point.asOf} data-testid={`trend-bar-${index}`}>
            {point.agingTotals.map((total, bucket) => {
              const height = largest > 0 ? (Math.max(0, total) / largest) * plotHeight : 0;
              top -= height;
              const { fill } = agingColors(bucket, point.agingTotals.length);
              return (
                <rect key={bucket} x={x} y={top} width={barWidth} height={height} fill={fill}>
                  <title>{`${date}, ${bucketLabels[bucket] ?? bucket + 1}: ${format.money(total)}`}</title>
                </rect>
              );
            })}
            <text x={x + barWidth / 2} y={top - 3} fontSize="8" textAnchor="middle">
              {format.money(point.open)}
            </text>
            <text x={x + barWidth / 2} y={HEIGHT - 6} fontSize="8" textAnchor="middle">
              {date}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
