/**
 * The aging of every review as stacked bars (plain SVG, like the Aging tab's chart): one bar per
 * review, oldest left, each bucket in the colour the Aging table gives it, oldest debt on top.
 */
import type { TrendPoint } from "../../../engine/history/trends";
import { agingColors } from "../../../workbook/colors";
import type { Formatters } from "../../format/formatters";
import { BAR_BASELINE, BarCaptions, BarChart } from "../common/BarChart";

export interface TrendsChartProps {
  points: readonly TrendPoint[];
  /** Bucket names of the current review (a review on other buckets shows its own count). */
  bucketLabels: readonly string[];
  format: Formatters;
  title: string;
}

/** A few reviews would otherwise draw bars as wide as the pane. */
const MAX_BAR_WIDTH = 60;

export function TrendsChart({ points, bucketLabels, format, title }: TrendsChartProps) {
  return (
    <BarChart
      title={title}
      largest={Math.max(0, ...points.map((point) => point.open))}
      count={points.length}
      maxBarWidth={MAX_BAR_WIDTH}
      renderBar={(index, slot) => {
        const point = points[index];
        const date = format.date(point.asOf);
        let top = BAR_BASELINE;
        return (
          <g key={point.asOf} data-testid={`trend-bar-${index}`}>
            {point.agingTotals.map((total, bucket) => {
              const height = slot.heightOf(total);
              top -= height;
              const { fill } = agingColors(bucket, point.agingTotals.length);
              return (
                <rect
                  key={bucket}
                  x={slot.x}
                  y={top}
                  width={slot.width}
                  height={height}
                  fill={fill}
                >
                  <title>{`${date}, ${bucketLabels[bucket] ?? bucket + 1}: ${format.money(total)}`}</title>
                </rect>
              );
            })}
            <BarCaptions
              slot={slot}
              top={top}
              value={format.money(point.open)}
              name={date}
              nameSize={8}
            />
          </g>
        );
      }}
    />
  );
}
