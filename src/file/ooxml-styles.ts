/**
 * Number formats from the styles part: a cell's style index → its format code, so that the
 * workbook layer can tell a date serial from a plain number as Office.js lets it.
 */
import { GENERAL_FORMAT } from "./sheet-builder";
import { SPREADSHEET_NAMESPACES } from "./xml/namespaces";
import { readXml } from "./xml/xml-reader";

/**
 * Formats every spreadsheet knows by number without writing them down (ECMA-376 §18.8.30),
 * with the Simplified Chinese codes for the East Asian date ids 27-36 and 50-58.
 */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: GENERAL_FORMAT,
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** Format code per cell style index (`s` attribute); an unknown index or id reads as General. */
export function formatOfStyle(codes: readonly string[]): (styleIndex: number) => string {
  return (styleIndex) => codes[styleIndex] ?? GENERAL_FORMAT;
}

/** The number format code of each cell style (`cellXfs/xf`), in style order. */
export function readNumberFormatCodes(stylesXml: string | null, part = "xl/styles.xml"): string[] {
  if (stylesXml === null) return [];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  /** Where the reader is: only `numFmts/numFmt` and `cellXfs/xf` matter (not `cellStyleXfs/xf`). */
  let section: "numFmts" | "cellXfs" | null = null;
  readXml(
    stylesXml,
    { part, understood: SPREADSHEET_NAMESPACES },
    {
      open(tag) {
        if (tag.local === "numFmts" || tag.local === "cellXfs") section = tag.local;
        else if (section === "numFmts" && tag.local === "numFmt")
          custom.set(
            Number(tag.attribute("numFmtId")),
            tag.attribute("formatCode") ?? GENERAL_FORMAT
          );
        else if (section === "cellXfs" && tag.local === "xf")
          formatIds.push(Number(tag.attribute("numFmtId") ?? 0));
      },
      close(tag) {
        if (tag.local === section) section = null;
      },
    }
  );
  return formatIds.map((id) => custom.get(id) ?? BUILT_IN_FORMATS[id] ?? GENERAL_FORMAT);
}
