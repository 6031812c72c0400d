/**
 * The range a worksheet says it spans (`<dimension ref="A1:L1048576"/>`), read from the head of
 * its part: enough to refuse a sheet too large for memory before the whole part is unpacked.
 * The cells are measured again as they are read, so a dimension that says too little is caught.
 */
import { parseRange, type CellRange } from "../workbook/plan-address";
import { SPREADSHEET_NAMESPACES } from "./xml/namespaces";
import { readXml } from "./xml/xml-reader";

/** The declared range, or null when the head does not hold one (or holds one that is not A1 notation). */
export function declaredDimension(headXml: string, part: string): CellRange | null {
  let reference: string | undefined;
  readXml(
    headXml,
    { part, understood: SPREADSHEET_NAMESPACES, partial: true },
    {
      open(tag) {
        if (reference === undefined && tag.local === "dimension")
          reference = tag.attribute("ref") ?? "";
      },
    }
  );
  if (reference === undefined) return null;
  try {
    return parseRange(reference);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
