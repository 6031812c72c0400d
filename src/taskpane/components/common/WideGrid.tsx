/**
 * Room for a grid wider than the task pane: the grid keeps a readable width and the area
 * scrolls sideways instead of squeezing columns into each other.
 */
import type { ReactNode } from "react";

export function WideGrid({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  return (
    <div style={{ overflowX: "auto", maxWidth: "100%" }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
