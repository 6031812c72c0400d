/**
 * The shared XML layer: what a part's reader sees of comments, CDATA, encodings, namespace
 * prefixes and Markup Compatibility, and the offsets the package writer splices by.
 */
import fc from "fast-check";
import { decodeXmlPart } from "../../../src/file/xml/decode-xml-part";
import { decodeExcelEscapes } from "../../../src/file/xml/excel-escapes";
import { SPREADSHEET_MAIN, SPREADSHEET_NAMESPACES } from "../../../src/file/xml/namespaces";
import { XmlPartError } from "../../../src/file/xml/xml-part-error";
import { readXml, type XmlTag } from "../../../src/file/xml/xml-reader";

const MAIN = SPREADSHEET_MAIN;
const PART = "xl/worksheets/sheet1.xml";

/** Every delivered event as a line: "open c r=A1", "text 12", "close c". */
function events(xml: string, understood: ReadonlySet<string> = SPREADSHEET_NAMESPACES): string[] {
  const seen: string[] = [];
  readXml(
    xml,
    { part: PART, understood },
    {
      open: (tag) =>
        seen.push(`open ${tag.local}${tag.attribute("r") ? ` r=${tag.attribute("r")}` : ""}`),
      close: (tag) => seen.push(`close ${tag.local}`),
      text: (text) => {
        if (text.trim() !== "") seen.push(`text ${text}`);
      },
    }
  );
  return seen;
}

/** The text of every delivered `<v>`, joined per element. */
function values(xml: string): string[] {
  const found: string[] = [];
  let inside: string | null = null;
  readXml(
    xml,
    { part: PART, understood: SPREADSHEET_NAMESPACES },
    {
      open: (tag) => {
        if (tag.local === "v") inside = "";
      },
      text: (text) => {
        if (inside !== null) inside += text;
      },
      close: (tag) => {
        if (tag.local === "v" && inside !== null) found.push(inside);
        if (tag.local === "v") inside = null;
      },
    }
  );
  return found;
}

describe("text as Excel reads it", () => {
  test("comments are left out and CDATA is text, entities decoded", () => {
    const xml = `<sheetData xmlns="${MAIN}"><c><v>1<!-- not 2 -->2</v></c><c><v><![CDATA[<3>]]>&amp;4</v></c></sheetData>`;
    expect(values(xml)).toEqual(["12", "<3>&4"]);
  });

  test("a comment holding markup is not read as markup", () => {
    const xml = `<sheetData xmlns="${MAIN}"><!-- <c r="Z9"><v>99</v></c> --><c r="A1"><v>1</v></c></sheetData>`;
    expect(events(xml)).toEqual([
      "open sheetData",
      "open c r=A1",
      "open v",
      "text 1",
      "close v",
      "close c",
      "close sheetData",
    ]);
  });

  test("Excel's _xHHHH_ escapes; _x005F_ is a literal underscore", () => {
    expect(decodeExcelEscapes("line_x000D__x000A_next")).toBe("line\r\nnext");
    expect(decodeExcelEscapes("_x005F_x0041_")).toBe("_x0041_");
    expect(decodeExcelEscapes("_x00G1_ and _x12")).toBe("_x00G1_ and _x12");
  });
});

describe("namespaces with any prefix", () => {
  test("the same element under the default namespace, a short prefix and an unusual one", () => {
    const plain = `<worksheet xmlns="${MAIN}"><c r="B2"/></worksheet>`;
    const prefixed = `<x:worksheet xmlns:x="${MAIN}"><x:c r="B2"/></x:worksheet>`;
    const unusual = `<ns0.a-b:worksheet xmlns:ns0.a-b="${MAIN}"><ns0.a-b:c r="B2"/></ns0.a-b:worksheet>`;
    const expected = ["open worksheet", "open c r=B2", "close c", "close worksheet"];
    expect(events(plain)).toEqual(expected);
    expect(events(prefixed)).toEqual(expected);
    expect(events(unusual)).toEqual(expected);
  });

  test("a known prefix bound to a foreign namespace is not read as data", () => {
    const xml = `<worksheet xmlns="${MAIN}" xmlns:x="urn:other"><x:c r="A1"><x:v>1</x:v></x:c><c r="A2"/></worksheet>`;
    expect(events(xml)).toEqual(["open worksheet", "open c r=A2", "close c", "close worksheet"]);
  });

  test("attributes are found by namespace URI, not by prefix", () => {
    const xml = `<sheet xmlns="${MAIN}" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:r="urn:not-rels" name="A" r:id="wrong" rel:id="rId7"/>`;
    const found: (string | undefined)[] = [];
    readXml(
      xml,
      { part: PART, understood: SPREADSHEET_NAMESPACES },
      {
        open: (tag) =>
          found.push(
            tag.attribute("name"),
            tag.attribute(
              "id",
              "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
            ),
            tag.attribute("id")
          ),
      }
    );
    expect(found).toEqual(["A", "rId7", undefined]);
  });
});

describe("Markup Compatibility", () => {
  const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";

  test("a Choice requiring a namespace not understood gives way to the Fallback", () => {
    const xml = `<worksheet xmlns="${MAIN}" xmlns:mc="${MC}" xmlns:x14="${X14}"><mc:AlternateContent><mc:Choice Requires="x14"><c r="A1"/></mc:Choice><mc:Fallback><c r="A2"/></mc:Fallback></mc:AlternateContent></worksheet>`;
    expect(events(xml)).toEqual(["open worksheet", "open c r=A2", "close c", "close worksheet"]);
  });

  test("the first Choice whose namespaces are all understood is taken, and only it", () => {
    const xml = `<worksheet xmlns="${MAIN}" xmlns:mc="${MC}" xmlns:x14="${X14}" xmlns:m="${MAIN}"><mc:AlternateContent><mc:Choice Requires="x14 m"><c r="A1"/></mc:Choice><mc:Choice Requires="m"><c r="A2"/></mc:Choice><mc:Choice Requires="m"><c r="A3"/></mc:Choice><mc:Fallback><c r="A4"/></mc:Fallback></mc:AlternateContent></worksheet>`;
    expect(events(xml)).toEqual(["open worksheet", "open c r=A2", "close c", "close worksheet"]);
    expect(events(xml, new Set([MAIN, X14]))).toEqual([
      "open worksheet",
      "open c r=A1",
      "close c",
      "close worksheet",
    ]);
  });

  test("a foreign-namespace element inside AlternateContent is never read as data", () => {
    const xml = `<worksheet xmlns="${MAIN}" xmlns:mc="${MC}" xmlns:f="urn:foreign" mc:Ignorable="f"><mc:AlternateContent><mc:Fallback><f:wrap><c r="Z1"><v>666</v></c></f:wrap><c r="A1"><v>1</v></c></mc:Fallback></mc:AlternateContent></worksheet>`;
    expect(values(xml)).toEqual(["1"]);
  });

  test("an ignorable element's content is skipped with it", () => {
    const xml = `<worksheet xmlns="${MAIN}" xmlns:mc="${MC}" xmlns:x14ac="urn:x14ac" mc:Ignorable="x14ac"><x14ac:extra><c r="B1"/></x14ac:extra><c r="A1" x14ac:dyDescent="0.25"/></worksheet>`;
    expect(events(xml)).toEqual(["open worksheet", "open c r=A1", "close c", "close worksheet"]);
  });
});

describe("encodings", () => {
  const xml = `<?xml version="1.0" encoding="UTF-16"?><t xmlns="${MAIN}">客户 é</t>`;

  function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
    const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    const view = new DataView(bytes.buffer);
    let offset = 0;
    if (bom) (view.setUint16(0, 0xfeff, littleEndian), (offset = 2));
    for (let index = 0; index < text.length; index += 1)
      view.setUint16(offset + index * 2, text.charCodeAt(index), littleEndian);
    return bytes;
  }

  test("UTF-16 little and big endian, with a byte-order mark or without", () => {
    for (const littleEndian of [true, false])
      for (const bom of [true, false])
        expect(decodeXmlPart(utf16(xml, littleEndian, bom), PART)).toBe(xml);
  });

  test("UTF-8 with or without a byte-order mark", () => {
    const utf8 = new TextEncoder().encode(`<t>客户</t>`);
    expect(decodeXmlPart(utf8, PART)).toBe("<t>客户</t>");
    expect(decodeXmlPart(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), PART)).toBe("<t>客户</t>");
  });

  test("another declared encoding is refused with a sentence naming the part", () => {
    const latin = new TextEncoder().encode(`<?xml version="1.0" encoding='ISO-8859-1'?><t/>`);
    expect(() => decodeXmlPart(latin, PART)).toThrow(
      `The part "${PART}" is written in the encoding "iso-8859-1", which is not read (Excel writes UTF-8 or UTF-16)`
    );
  });

  test("bytes that are not UTF-8 are refused, not read as replacement characters", () => {
    expect(() => decodeXmlPart(new Uint8Array([0x3c, 0x74, 0x3e, 0xff, 0x3c]), PART)).toThrow(
      `The part "${PART}" is not valid UTF-8 text`
    );
  });

  test("the head of a part may end inside a character", () => {
    const bytes = new TextEncoder().encode("<t>客户");
    expect(decodeXmlPart(bytes.subarray(0, bytes.length - 1), PART, { partial: true })).toBe(
      "<t>客"
    );
  });
});

describe("offsets and refusals", () => {
  test("each tag's offsets cover exactly its text, across CRLF, comments and '>' in values", () => {
    const xml = `<?xml version="1.0"?>\r\n<worksheet xmlns="${MAIN}"><!-- > --><c r="A1" t='s>'>\r\n<v>1</v></c><c r="B1"/></worksheet>`;
    const tags: string[] = [];
    const slice = (tag: XmlTag) => tags.push(xml.slice(tag.start, tag.end));
    readXml(xml, { part: PART, understood: SPREADSHEET_NAMESPACES }, { open: slice, close: slice });
    expect(tags).toEqual([
      `<worksheet xmlns="${MAIN}">`,
      `<c r="A1" t='s>'>`,
      "<v>",
      "</v>",
      "</c>",
      `<c r="B1"/>`,
      `<c r="B1"/>`,
      "</worksheet>",
    ]);
  });

  test("property: the offsets of generated cells slice back their tags", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 99 }), fc.boolean()), { maxLength: 20 }),
        (cells) => {
          const tags = cells.map(([row, empty]) =>
            empty ? `<c r="A${row}"/>` : `<c r="A${row}"><v>${row}</v></c>`
          );
          const xml = `<sheetData xmlns="${MAIN}">${tags.join("\n")}</sheetData>`;
          const found: string[] = [];
          readXml(
            xml,
            { part: PART, understood: SPREADSHEET_NAMESPACES },
            {
              open: (tag) => {
                if (tag.local === "c") found.push(xml.slice(tag.start, tag.end));
              },
            }
          );
          expect(found).toEqual(tags.map((tag) => tag.slice(0, tag.indexOf(">") + 1)));
        }
      )
    );
  });

  test("malformed XML is refused naming the part and the place", () => {
    expect(() =>
      readXml(`<a xmlns="${MAIN}"><b></a>`, { part: PART, understood: SPREADSHEET_NAMESPACES }, {})
    ).toThrow(
      new RegExp(`^The part "xl/worksheets/sheet1.xml" is not well-formed XML \\(1:\\d+: `)
    );
  });

  test("a DTD (the way of entity bombs) is refused", () => {
    const bomb = `<!DOCTYPE a [<!ENTITY x "xxxxxxxx">]><a>&x;</a>`;
    expect(() => readXml(bomb, { part: PART, understood: SPREADSHEET_NAMESPACES }, {})).toThrow(
      XmlPartError
    );
    expect(() => readXml(bomb, { part: PART, understood: SPREADSHEET_NAMESPACES }, {})).toThrow(
      `The part "${PART}" declares a DTD, which a workbook part never has`
    );
  });

  test("a tag kept past its event refuses to be read, instead of showing another tag", () => {
    let kept: XmlTag | null = null;
    readXml(
      `<a xmlns="${MAIN}"><b r="1"/></a>`,
      { part: PART, understood: SPREADSHEET_NAMESPACES },
      {
        open: (tag) => {
          if (tag.local === "b") kept = tag;
        },
      }
    );
    expect(() => (kept as XmlTag | null)?.attribute("r")).toThrow(
      "An XML tag was read outside its event"
    );
  });

  test("nesting past 256 levels is refused", () => {
    const read = (xml: string) => () =>
      readXml(xml, { part: PART, understood: SPREADSHEET_NAMESPACES }, {});
    const nested = (depth: number) =>
      `<a xmlns="${MAIN}">${"<b>".repeat(depth - 1)}${"</b>".repeat(depth - 1)}</a>`;
    expect(read(nested(256))).not.toThrow();
    expect(read(nested(257))).toThrow(
      `The part "${PART}" nests elements more than 256 deep, which no workbook part does`
    );
  });

  test("an unclosed head is fine when it is declared partial", () => {
    const head = `<worksheet xmlns="${MAIN}"><dimension ref="A1:L9"/><sheetData><row r="1"><c r="A1"><v>1`;
    expect(() =>
      readXml(head, { part: PART, understood: SPREADSHEET_NAMESPACES, partial: true }, {})
    ).not.toThrow();
    expect(() => readXml(head, { part: PART, understood: SPREADSHEET_NAMESPACES }, {})).toThrow(
      XmlPartError
    );
  });
});
