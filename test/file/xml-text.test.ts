import fc from "fast-check";
import {
  cellAddress,
  columnLetter,
  columnNumber,
  formatRange,
  parseRange,
} from "../../src/file/a1";
import { attributesOf, decodeXmlText, stringItemText } from "../../src/file/xml-text";

describe("XML text as the workbook parts spell it", () => {
  test("entities, character references and Excel's _xHHHH_ escapes", () => {
    expect(decodeXmlText("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;")).toBe(
      `a & b <c> "d" 'e'`
    );
    expect(decodeXmlText("&#23458;&#x6237;")).toBe("客户");
    expect(decodeXmlText("line_x000D__x000A_next")).toBe("line\r\nnext");
    // _x005F_ is a literal underscore: "_x005F_x0041_" is the text "_x0041_", not "A".
    expect(decodeXmlText("_x005F_x0041_")).toBe("_x0041_");
    expect(decodeXmlText("&unknown; stays")).toBe("&unknown; stays");
  });

  test("attributes in double or single quotes, with prefixes kept", () => {
    const attributes = attributesOf(` name="Ledger" sheetId='2' r:id="rId3" state = "veryHidden"`);
    expect([...attributes]).toEqual([
      ["name", "Ledger"],
      ["sheetId", "2"],
      ["r:id", "rId3"],
      ["state", "veryHidden"],
    ]);
  });

  test("a string item is its runs joined, without phonetic guides", () => {
    expect(
      stringItemText(
        `<r><t>A</t></r><r><t xml:space="preserve"> &amp; B</t></r><rPh sb="0" eb="1"><t>x</t></rPh>`
      )
    ).toBe("A & B");
    expect(stringItemText(`<x:t>prefixed</x:t>`)).toBe("prefixed");
    expect(stringItemText(`<t/>`)).toBe("");
  });
});

describe("A1 addresses", () => {
  test("worked examples", () => {
    expect([columnLetter(1), columnLetter(26), columnLetter(27), columnLetter(16_384)]).toEqual([
      "A",
      "Z",
      "AA",
      "XFD",
    ]);
    expect(parseRange("$G$40:B2")).toEqual({ top: 2, left: 2, bottom: 40, right: 7 });
    expect(formatRange(parseRange("C5"))).toBe("C5");
    expect(() => parseRange("B2:")).toThrow(RangeError);
    expect(() => parseRange("XFE1")).toThrow(/outside the sheet/);
  });

  test("column letters and numbers are inverse, and a range formats back to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16_384 }), (column) => {
        expect(columnNumber(columnLetter(column))).toBe(column);
      })
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_048_576 }),
        fc.integer({ min: 1, max: 16_384 }),
        (row, column) => {
          const address = cellAddress(row, column);
          expect(formatRange(parseRange(`${address}:${address}`))).toBe(address);
        }
      )
    );
  });
});
