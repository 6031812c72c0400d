/**
 * The child elements of a part's root that a package list is made of (`<Relationship>` of a
 * `.rels` part, `<Override>` of the content types), each with where it stands in the text, so
 * that the writer can add or remove one by splicing the text and keep the rest as written.
 */
import { PACKAGE_NAMESPACES } from "./namespaces";
import { readXml, type XmlTag } from "./xml-reader";

/** An element of a part and where it stands in the text. */
export interface Located {
  /** Offsets of its start tag's "<" and just past its end (the end tag's ">", or "/>"). */
  start: number;
  end: number;
}

export interface RootChildren<Entry> {
  entries: (Entry & Located)[];
  /** Where a new child goes: before the root's end tag, or, for `<Root/>`, the root tag to open. */
  rootEnd: number;
  rootTag: { start: number; end: number; selfClosing: boolean } | null;
}

/** The children `local` in namespace `uri` of the root of `xml` (the part `part`), each made by `make`. */
export function readRootChildren<Entry>(
  xml: string,
  part: string,
  uri: string,
  local: string,
  make: (tag: XmlTag) => Entry
): RootChildren<Entry> {
  const list: RootChildren<Entry> = { entries: [], rootEnd: xml.length, rootTag: null };
  let depth = 0;
  let open: (Entry & Located) | null = null;
  readXml(
    xml,
    { part, understood: PACKAGE_NAMESPACES },
    {
      open(tag) {
        depth += 1;
        if (depth === 1)
          list.rootTag = { start: tag.start, end: tag.end, selfClosing: tag.selfClosing };
        else if (depth === 2 && tag.uri === uri && tag.local === local)
          open = { ...make(tag), start: tag.start, end: tag.end };
      },
      close(tag) {
        if (depth === 2 && open !== null) {
          open.end = tag.end;
          list.entries.push(open);
          open = null;
        } else if (depth === 1) list.rootEnd = tag.start;
        depth -= 1;
      },
    }
  );
  return list;
}
