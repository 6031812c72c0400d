/**
 * Whether the grids inside an area are shown as lists: set by WideGrid when the pane is narrower
 * than the grid needs, read by DataTableGrid. Outside a WideGrid a grid stays a grid.
 */
import { createContext } from "react";

export const GridAsList = createContext(false);
