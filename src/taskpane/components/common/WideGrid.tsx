/**
 * Room for a grid wider than the task pane. Where the pane is at least `minWidth` wide the grid
 * is shown as it is; where it is narrower (Excel's panes start at 270 px) the grid becomes a list
 * (DataTableList), so nothing scrolls sideways. Until the width is known the grid keeps its
 * width and the area scrolls.
 */
import type { ReactNode } from "react";
import { useElementWidth } from "../../hooks/use-element-width";
import { GridAsList } from "./grid-as-list";

export function WideGrid({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  const [measure, width] = useElementWidth<HTMLDivElement>();
  const asList = width !== null && width < minWidth;
  return (
    <div ref={measure} style={{ overflowX: asList ? "visible" : "auto", maxWidth: "100%" }}>
      <GridAsList.Provider value={asList}>
        {asList ? children : <div style={{ minWidth }}>{children}</div>}
      </GridAsList.Provider>
    </div>
  );
}
