/** The shared strings part: the texts that cells of type "s" point to by index. */
import { stringItemText } from "./xml-text";

const STRING_ITEM = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;

export function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  for (const match of xml.matchAll(STRING_ITEM))
    strings.push(match[1] === undefined ? "" : stringItemText(match[1]));
  return strings;
}
