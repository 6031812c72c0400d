/** How the owned tables print: landscape, scaled to one page wide, the header repeated on every page. */
import type { PrintPlan } from "./plan";

export function tablePrint(headerRow: number): PrintPlan {
  return {
    orientation: "landscape",
    fitToPagesWide: 1,
    titleRows: { first: headerRow, last: headerRow },
  };
}
