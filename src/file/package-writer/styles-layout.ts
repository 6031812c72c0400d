/**
 * Where things are in `styles.xml`, read with the shared XML tokenizer: the collections the
 * writer appends to (their start tags, where their children end, each child's exact text), the
 * custom number formats, and the default font's children. A comment or CDATA that looks like
 * markup is never counted as a style, so the index of every style the user's cells use keeps its
 * meaning.
 */
import { SPREADSHEET_NAMESPACES } from "../xml/namespaces";
import { readXml } from "../xml/xml-reader";
import { tagPrefix } from "./start-tag";

export interface CollectionLayout {
  /** Offsets of the start tag's "<" and just past it. */
  start: number;
  tagEnd: number;
  /** Offset of the end tag (where new children go); for `<name/>`, `tagEnd`. */
  end: number;
  selfClosing: boolean;
  /** Each child element's exact text, in order. */
  children: string[];
}

export interface StylesLayout {
  /** Namespace prefix of the main elements ("" or e.g. "x:"). */
  prefix: string;
  /** Offset of the root's end tag. */
  rootEnd: number;
  /** The collections present, by local name. */
  collections: Map<string, CollectionLayout>;
  /** Custom number formats: format code (decoded) → id. */
  numberFormats: Map<string, number>;
  /** The first font's children, each as written, with its local name. */
  defaultFont: { local: string; text: string }[] | null;
}

/** Children of CT_Stylesheet in schema order: a missing collection is created before the first
 * of these that follows it. Each is a collection whose children are counted (and so indexed by
 * the cells and rules that use them). */
export const STYLESHEET_ORDER: readonly string[] = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const COUNTED: ReadonlySet<string> = new Set(STYLESHEET_ORDER);

export function readStylesLayout(xml: string, part: string): StylesLayout {
  const layout: StylesLayout = {
    prefix: "",
    rootEnd: xml.length,
    collections: new Map(),
    numberFormats: new Map(),
    defaultFont: null,
  };
  let depth = 0;
  let collection: CollectionLayout | null = null;
  let childStart = 0;
  let fontDepth = 0;
  let fontChildStart = 0;
  let fontChildren: { local: string; text: string }[] | null = null;
  readXml(
    xml,
    { part, understood: SPREADSHEET_NAMESPACES },
    {
      open(tag) {
        depth += 1;
        if (depth === 1) {
          layout.prefix = tagPrefix(xml.slice(tag.start, tag.end));
          return;
        }
        if (depth === 2 && COUNTED.has(tag.local) && !layout.collections.has(tag.local)) {
          collection = {
            start: tag.start,
            tagEnd: tag.end,
            end: tag.end,
            selfClosing: tag.selfClosing,
            children: [],
          };
          layout.collections.set(tag.local, collection);
        } else if (depth === 3 && collection !== null) {
          childStart = tag.start;
          if (tag.local === "numFmt") {
            const id = Number(tag.attribute("numFmtId"));
            const code = tag.attribute("formatCode");
            if (Number.isInteger(id) && code !== undefined) layout.numberFormats.set(code, id);
          }
          if (tag.local === "font" && layout.defaultFont === null && fontChildren === null) {
            fontChildren = [];
            fontDepth = depth;
          }
        } else if (depth === 4 && fontChildren !== null) fontChildStart = tag.start;
      },
      close(tag) {
        const at = depth;
        depth -= 1;
        if (at === 1) layout.rootEnd = tag.start;
        if (collection === null) return;
        if (at === 2) {
          if (!collection.selfClosing) collection.end = tag.start;
          collection = null;
        } else if (at === 3) {
          collection.children.push(xml.slice(childStart, tag.end));
          if (fontChildren !== null && at === fontDepth) {
            layout.defaultFont = fontChildren;
            fontChildren = null;
          }
        } else if (at === 4 && fontChildren !== null)
          fontChildren.push({ local: tag.local, text: xml.slice(fontChildStart, tag.end) });
      },
    }
  );
  return layout;
}
