/**
 * Appends the styles a review needs to `styles.xml` — number formats, a bold font, the owned
 * header's font and fill, cell formats (`xf`) and conditional-format styles (`dxf`) — after the
 * existing ones, so that every index the user's cells use keeps its meaning. Each distinct style
 * is added once; asking again gives the same index.
 */
import { tagName, withAttribute } from "./start-tag";
import { readStylesLayout, STYLESHEET_ORDER } from "./styles-layout";
import { escapeXml } from "./xml-escape";

/** A cell style the writer asks for: a number format, bold or not, the owned header look or not. */
export interface CellStyleRequest {
  numberFormat?: string;
  bold?: boolean;
  /** ARGB colours of the owned header's font and solid fill. */
  headerFont?: string;
  headerFill?: string;
  /** Text wraps onto more lines within the column (long headers). */
  wrap?: boolean;
}

/** A conditional format's look: solid fill and optional font colour (ARGB). */
export interface DifferentialStyle {
  fill: string;
  fontColor?: string;
}

/** Built-in number formats worth reusing by id (ECMA-376 §18.8.30). */
const BUILT_IN_IDS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT_ID = 164;
const DEFAULT_FONT = '<sz val="11"/><name val="Calibri"/><family val="2"/>';

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<fonts count="1"><font>${DEFAULT_FONT}</font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

interface Collection {
  name: string;
  /** Existing element count (children), new items appended after them. */
  existing: number;
  added: string[];
  /** Index of every existing child by its exact text: an item written by an earlier review is reused, not added again. */
  known: Map<string, number>;
}

const STYLES_PART = "xl/styles.xml";

export class StylesPatch {
  private readonly prefix: string;
  private readonly collections = new Map<string, Collection>();
  private readonly numberFormatIds = new Map<string, number>();
  private nextFormatId: number;
  private readonly cellStyles = new Map<string, number>();
  private readonly differentialStyles = new Map<string, number>();
  private readonly fontIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  /** The first font's children (name, size, colour…): added fonts are that font, bolder or recoloured. */
  private readonly defaultFont: { local: string; text: string }[] | null;

  constructor(private readonly xml: string) {
    const layout = readStylesLayout(xml, STYLES_PART);
    this.prefix = layout.prefix;
    for (const name of ["numFmts", "fonts", "fills", "cellXfs", "dxfs"]) {
      const items = layout.collections.get(name)?.children ?? [];
      const known = new Map<string, number>();
      items.forEach((item, index) => {
        if (!known.has(item)) known.set(item, index);
      });
      this.collections.set(name, { name, existing: items.length, added: [], known });
    }
    let highest = FIRST_CUSTOM_FORMAT_ID - 1;
    for (const [code, id] of layout.numberFormats) {
      highest = Math.max(highest, id);
      this.numberFormatIds.set(code, id);
    }
    this.nextFormatId = highest + 1;
    this.defaultFont = layout.defaultFont;
  }

  private append(name: string, item: string): number {
    const collection = this.collections.get(name) as Collection;
    const known = collection.known.get(item);
    if (known !== undefined) return known;
    collection.added.push(item);
    const index = collection.existing + collection.added.length - 1;
    collection.known.set(item, index);
    return index;
  }

  private numberFormatId(code: string): number {
    const builtIn = BUILT_IN_IDS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.numberFormatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId;
    this.nextFormatId += 1;
    this.numberFormatIds.set(code, id);
    this.append(
      "numFmts",
      `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`
    );
    return id;
  }

  private fontId(bold: boolean, color: string | undefined): number {
    if (!bold && color === undefined) return 0;
    const key = `${bold}|${color ?? ""}`;
    const known = this.fontIds.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const base = this.defaultFont ?? [{ local: "", text: DEFAULT_FONT }];
    let inside = base
      .filter((child) => child.local !== "b" && (color === undefined || child.local !== "color"))
      .map((child) => child.text)
      .join("");
    if (color !== undefined) inside += `<${p}color rgb="${color}"/>`;
    if (bold) inside = `<${p}b/>${inside}`;
    const id = this.append("fonts", `<${p}font>${inside}</${p}font>`);
    this.fontIds.set(key, id);
    return id;
  }

  private fillId(color: string | undefined): number {
    if (color === undefined) return 0;
    const known = this.fillIds.get(color);
    if (known !== undefined) return known;
    const p = this.prefix;
    const id = this.append(
      "fills",
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${color}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
    );
    this.fillIds.set(color, id);
    return id;
  }

  /** The cell format index (`s`) for a style; 0 (the default) when nothing is asked. */
  cellStyle(request: CellStyleRequest): number {
    const formatId =
      request.numberFormat === undefined ? 0 : this.numberFormatId(request.numberFormat);
    const fontId = this.fontId(
      request.bold === true || request.headerFont !== undefined,
      request.headerFont
    );
    const fillId = this.fillId(request.headerFill);
    const wrap = request.wrap === true;
    if (formatId === 0 && fontId === 0 && fillId === 0 && !wrap) return 0;
    const key = `${formatId}|${fontId}|${fillId}|${wrap ? "wrap" : ""}`;
    const known = this.cellStyles.get(key);
    if (known !== undefined) return known;
    const applied = [
      formatId !== 0 ? ' applyNumberFormat="1"' : "",
      fontId !== 0 ? ' applyFont="1"' : "",
      fillId !== 0 ? ' applyFill="1"' : "",
      wrap ? ' applyAlignment="1"' : "",
    ].join("");
    const start = `<${this.prefix}xf numFmtId="${formatId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applied}`;
    const id = this.append(
      "cellXfs",
      wrap ? `${start}><${this.prefix}alignment wrapText="1"/></${this.prefix}xf>` : `${start}/>`
    );
    this.cellStyles.set(key, id);
    return id;
  }

  /** The `dxfId` of a conditional format's look. */
  differentialStyle(style: DifferentialStyle): number {
    const key = `${style.fill}|${style.fontColor ?? ""}`;
    const known = this.differentialStyles.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const font =
      style.fontColor === undefined
        ? ""
        : `<${p}font><${p}color rgb="${style.fontColor}"/></${p}font>`;
    const id = this.append(
      "dxfs",
      `<${p}dxf>${font}<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${style.fill}"/></${p}patternFill></${p}fill></${p}dxf>`
    );
    this.differentialStyles.set(key, id);
    return id;
  }

  get changed(): boolean {
    return [...this.collections.values()].some((collection) => collection.added.length > 0);
  }

  /** The styles part with every added item appended and the `count` attributes updated. */
  toXml(): string {
    let xml = this.xml;
    for (const name of STYLESHEET_ORDER) {
      const collection = this.collections.get(name);
      if (collection && collection.added.length > 0) xml = this.appendTo(xml, collection);
    }
    return xml;
  }

  private appendTo(xml: string, collection: Collection): string {
    const p = this.prefix;
    const name = collection.name;
    const count = collection.existing + collection.added.length;
    const items = collection.added.join("");
    const layout = readStylesLayout(xml, STYLES_PART);
    const present = layout.collections.get(name);
    if (present) {
      const start = withAttribute(xml.slice(present.start, present.tagEnd), "count", String(count));
      if (present.selfClosing)
        return `${xml.slice(0, present.start)}${start.slice(0, -2)}>${items}</${tagName(start)}>${xml.slice(present.tagEnd)}`;
      return `${xml.slice(0, present.start)}${start}${xml.slice(present.tagEnd, present.end)}${items}${xml.slice(present.end)}`;
    }
    const element = `<${p}${name} count="${count}">${items}</${p}${name}>`;
    const later = STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(name) + 1);
    for (const next of later) {
      const found = layout.collections.get(next);
      if (found) return `${xml.slice(0, found.start)}${element}${xml.slice(found.start)}`;
    }
    return `${xml.slice(0, layout.rootEnd)}${element}${xml.slice(layout.rootEnd)}`;
  }
}
