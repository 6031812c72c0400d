/**
 * The elements one level inside a section of a worksheet's head (each `<col>` of `<cols>`, each
 * `<sheetView>` of `<sheetViews>`), found with the shared XML tokenizer so that a comment or
 * CDATA that looks like markup is never taken for one. Each comes with the attributes asked for,
 * its children's names and its offsets, for edits on the tags' exact text.
 */
import { SPREADSHEET_NAMESPACES } from "../xml/namespaces";
import { readXml } from "../xml/xml-reader";

const PART = "worksheet";
/** The worksheet root is depth 1, its sections 2, their elements 3, those elements' children 4. */
const DEPTH = { section: 2, element: 3, child: 4 } as const;

export interface HeadElement {
  /** Offset of the start tag's "<". */
  start: number;
  /** Offset just past the start tag. */
  tagEnd: number;
  /** Offset just past the whole element (its end tag, or the start tag when it closes itself). */
  end: number;
  /** The attributes asked for, by local name; absent ones are undefined. */
  attributes: Readonly<Record<string, string | undefined>>;
  /** Local names of its own children, in order (a `<sheetView>`'s `<pane>`, `<selection>`). */
  children: string[];
}

export function headElements(
  head: string,
  section: string,
  element: string,
  attributeNames: readonly string[]
): HeadElement[] {
  const found: HeadElement[] = [];
  let depth = 0;
  let inSection = false;
  let open: Omit<HeadElement, "end"> | null = null;
  readXml(
    head,
    { part: PART, understood: SPREADSHEET_NAMESPACES, partial: true },
    {
      open(tag) {
        depth += 1;
        if (depth === DEPTH.section) inSection = tag.local === section;
        else if (depth === DEPTH.element && inSection && tag.local === element) {
          const attributes: Record<string, string | undefined> = {};
          for (const name of attributeNames) attributes[name] = tag.attribute(name);
          open = { start: tag.start, tagEnd: tag.end, attributes, children: [] };
        } else if (depth === DEPTH.child && open !== null) open.children.push(tag.local);
      },
      close(tag) {
        if (depth === DEPTH.element && open !== null) {
          found.push({ ...open, end: tag.end });
          open = null;
        }
        depth -= 1;
      },
    }
  );
  return found;
}
