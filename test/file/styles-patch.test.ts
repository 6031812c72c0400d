/**
 * Styles appended for a review, on a styles part read by the tokenizer: the new cell format's
 * index is the count of the formats really there (a comment that looks like one is not
 * counted), the count attributes follow, and the user's formats keep their places.
 */
import { StylesPatch } from "../../src/file/package-writer/styles-patch";
import { readStylesLayout } from "../../src/file/package-writer/styles-layout";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const styles =
  `<?xml version="1.0" encoding="UTF-8"?>\n<x:styleSheet xmlns:x="${MAIN}">` +
  `<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="&quot;CNY&quot; #,##0"/></x:numFmts>` +
  `<x:fonts count="1"><x:font><x:b/><x:sz val="10"/><x:name val="Arial"/></x:font></x:fonts>` +
  `<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>` +
  `<x:borders count="1"><x:border/></x:borders>` +
  `<!-- <x:cellXfs count="9"><x:xf/><x:xf/></x:cellXfs> -->` +
  `<x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><x:xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></x:cellXfs>` +
  `<x:tableStyles count="0"/>` +
  `</x:styleSheet>`;

describe("the styles patch", () => {
  test("a new format comes after the two real ones, the commented ones not counted", () => {
    const patch = new StylesPatch(styles);
    expect(patch.cellStyle({ numberFormat: "0.0%" })).toBe(2);
    // The user's own custom format is reused by its code (164), not added again.
    expect(patch.cellStyle({ numberFormat: '"CNY" #,##0' })).toBe(3);
    const written = patch.toXml();
    const layout = readStylesLayout(written, "xl/styles.xml");
    expect(layout.collections.get("cellXfs")?.children).toEqual([
      `<x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`,
      `<x:xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>`,
      `<x:xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
      `<x:xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    ]);
    expect(written).toContain(`<x:cellXfs count="4">`);
    expect(written).toContain(`<x:numFmts count="2">`);
    expect(written).toContain(`<x:numFmt numFmtId="165" formatCode="0.0%"/>`);
    expect(written).toContain(`<!-- <x:cellXfs count="9"><x:xf/><x:xf/></x:cellXfs> -->`);
  });

  test("a bold header font is the default font's children with <b/> once; a missing dxfs comes before tableStyles", () => {
    const patch = new StylesPatch(styles);
    expect(patch.cellStyle({ headerFont: "FFFFFFFF", headerFill: "FF1F4E78" })).toBe(2);
    expect(patch.differentialStyle({ fill: "FFC6EFCE" })).toBe(0);
    const written = patch.toXml();
    expect(written).toContain(
      `<x:fonts count="2"><x:font><x:b/><x:sz val="10"/><x:name val="Arial"/></x:font>` +
        `<x:font><x:b/><x:sz val="10"/><x:name val="Arial"/><x:color rgb="FFFFFFFF"/></x:font></x:fonts>`
    );
    expect(written).toContain(
      `<x:dxfs count="1"><x:dxf><x:fill><x:patternFill patternType="solid"><x:bgColor rgb="FFC6EFCE"/></x:patternFill></x:fill></x:dxf></x:dxfs><x:tableStyles count="0"/>`
    );
  });
});
