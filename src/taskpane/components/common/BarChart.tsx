/**
 * The frame every bar chart of the pane is drawn in (plain SVG, no chart library in the bundle):
 * one slot per bar, heights scaled so the largest value fills the plot, the value written above
 * each bar and its name under it.
 */
import type { ReactNode } from "react";

const WIDTH = 300;
const HEIGHT = 160;
const AXIS_SPACE = 20;
const VALUE_SPACE = 14;
/** Where the bars stand: every bar grows up from here. */
export const BAR_BASELINE = HEIGHT - AXIS_SPACE;

export interface BarSlot {
  /** Left edge of the bar. */
  x: number;
  width: number;
  /** The bar's height for a value, on the chart's common scale (negative values draw nothing). */
  heightOf(value: number): number;
}

export interface BarChartProps {
  title: string;
  /** The largest value any bar (or stack) reaches. */
  largest: number;
  count: number;
  /** Bars narrower than their slot, capped when there are few of them. */
  maxBarWidth?: number;
  renderBar(index: number, slot: BarSlot): ReactNode;
}

export function BarChart({ title, largest, count, maxBarWidth, renderBar }: BarChartProps) {
  const slotWidth = WIDTH / Math.max(1, count);
  const plotHeight = HEIGHT - AXIS_SPACE - VALUE_SPACE;
  const width = Math.min(slotWidth * 0.7, maxBarWidth ?? Infinity);
  const heightOf = (value: number) =>
    largest > 0 ? (Math.max(0, value) / largest) * plotHeight : 0;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={title}>
      <title>{title}</title>
      {Array.from({ length: count }, (_, index) =>
        renderBar(index, { x: index * slotWidth + (slotWidth - width) / 2, width, heightOf })
      )}
    </svg>
  );
}

/** The value above a bar whose top is at `top`, and the bar's name under the baseline. */
export function BarCaptions({
  slot,
  top,
  value,
  name,
  nameSize,
}: {
  slot: BarSlot;
  top: number;
  value: string;
  name: string;
  nameSize: number;
}) {
  const middle = slot.x + slot.width / 2;
  return (
    <>
      <text x={middle} y={top - 3} fontSize="8" textAnchor="middle">
        {value}
      </text>
      <text x={middle} y={HEIGHT - 6} fontSize={nameSize} textAnchor="middle">
        {name}
      </text>
    </>
  );
}
