/**
 * The plan's column chart as DrawingML parts: a chart part (`c:barChart` with `barDir="col"`,
 * clustered with one series or stacked with several, whose categories and values are references
 * into the sheet, so Excel and LibreOffice compute it from the cells) and a drawing part that anchors it at its cell with
 * the plan's size.
 */
import type { ChartPlan } from "../../workbook/plan";
import { columnLetter, parseRange } from "../../workbook/plan-address";
import { escapeXml } from "./xml-escape";

const EMU_PER_POINT = 12_700;
const EMU_PER_PIXEL = 9_525;
/** Excel's default row height (15 pt) and the width of a column of `n` characters in pixels (Calibri 11: 7 px a character plus 5 px padding). */
const DEFAULT_ROW_EMU = 15 * EMU_PER_POINT;
const DEFAULT_COLUMN_CHARACTERS = 8.43;

function columnEmu(characters: number): number {
  return Math.round(Math.trunc(characters * 7 + 5) * EMU_PER_PIXEL);
}

/** A sheet-qualified absolute reference: 'Aging'!$C$1:$E$1. */
function sheetReference(sheet: string, range: string): string {
  const { top, left, bottom, right } = parseRange(range);
  const cell = (row: number, column: number) => `$${columnLetter(column)}$${row}`;
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return top === bottom && left === right
    ? `${quoted}!${cell(top, left)}`
    : `${quoted}!${cell(top, left)}:${cell(bottom, right)}`;
}

/** One `c:ser` of the chart: its name, the shared categories and its own values. */
function seriesXml(
  sheet: string,
  index: number,
  name: string,
  categoriesRange: string,
  valuesRange: string
): string {
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(name)}</c:v></c:tx>` +
    '<c:invertIfNegative val="0"/>' +
    `<c:cat><c:strRef><c:f>${escapeXml(sheetReference(sheet, categoriesRange))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(sheetReference(sheet, valuesRange))}</c:f></c:numRef></c:val>` +
    "</c:ser>"
  );
}

export function chartXml(sheet: string, chart: ChartPlan): string {
  const title = escapeXml(chart.title);
  const stacked = chart.kind === "stackedColumn";
  const series = [
    { name: chart.seriesName, valuesRange: chart.valuesRange },
    ...(chart.moreSeries ?? []),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
    series
      .map((entry, index) =>
        seriesXml(sheet, index, entry.name, chart.categoriesRange, entry.valuesRange)
      )
      .join("") +
    // A stacked chart needs its series fully overlapped, or they stand side by side.
    `<c:gapWidth val="150"/>${stacked ? '<c:overlap val="100"/>' : ""}<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    // A legend names the buckets of a stacked chart; one series needs none.
    `</c:plotArea>${stacked ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>' : ""}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

interface AnchorPoint {
  column: number;
  columnOffset: number;
  row: number;
  rowOffset: number;
}

/** The cell (0-based) and offset where a length in EMU ends, walking from `start` over cells of the given sizes. */
function walk(
  start: number,
  length: number,
  sizeOf: (index: number) => number
): { index: number; offset: number } {
  let index = start;
  let rest = length;
  while (rest > sizeOf(index)) {
    rest -= sizeOf(index);
    index += 1;
  }
  return { index, offset: Math.round(rest) };
}

function anchorTo(
  chart: ChartPlan,
  columnWidths: readonly number[]
): { from: AnchorPoint; to: AnchorPoint } {
  const { top, left } = parseRange(chart.anchor);
  const width = walk(left - 1, chart.widthPoints * EMU_PER_POINT, (index) =>
    columnEmu(columnWidths[index] ?? DEFAULT_COLUMN_CHARACTERS)
  );
  const height = walk(top - 1, chart.heightPoints * EMU_PER_POINT, () => DEFAULT_ROW_EMU);
  return {
    from: { column: left - 1, columnOffset: 0, row: top - 1, rowOffset: 0 },
    to: {
      column: width.index,
      columnOffset: width.offset,
      row: height.index,
      rowOffset: height.offset,
    },
  };
}

function point(tag: string, at: AnchorPoint): string {
  return `<xdr:${tag}><xdr:col>${at.column}</xdr:col><xdr:colOff>${at.columnOffset}</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>${at.rowOffset}</xdr:rowOff></xdr:${tag}>`;
}

/** A drawing part holding one two-cell anchored chart per entry of `charts` (chart i uses relationship `rId{i+1}`). */
export function drawingXml(charts: readonly ChartPlan[], columnWidths: readonly number[]): string {
  const anchors = charts.map((chart, index) => {
    const { from, to } = anchorTo(chart, columnWidths);
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${point("from", from)}${point("to", to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${index + 1}"/>` +
      "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    anchors.join("") +
    "</xdr:wsDr>"
  );
}
