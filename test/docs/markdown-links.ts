/**
 * The files a Markdown document points to: every link and image whose target is a path in the
 * repository rather than a web address or an anchor, as markdown-it reads the document (so a
 * link inside a code block or inline code is not a link, exactly as GitHub renders it).
 */
import * as path from "path";
import MarkdownIt, { type Token } from "markdown-it";

export interface LocalTarget {
  /** Link or image, as written in the document. */
  kind: "link" | "image";
  /** The target as written (`assets/docs/pane-preview.png`). */
  written: string;
  /** The file it names, resolved against the document's folder. */
  file: string;
}

/** A scheme (`https:`, `mailto:`) or a protocol-relative `//host`: not a file of the repository. */
function isWebAddress(target: string): boolean {
  if (target.startsWith("//")) return true;
  try {
    new URL(target);
    return true;
  } catch {
    // Not an absolute URL: a path relative to the document.
    return false;
  }
}

/** The file's name of a relative target: without its query or anchor, %-escapes decoded. */
function fileName(written: string): string {
  const ends = [written.indexOf("?"), written.indexOf("#")].filter((index) => index >= 0);
  return decodeURIComponent(ends.length > 0 ? written.slice(0, Math.min(...ends)) : written);
}

function targetOf(token: Token): { kind: LocalTarget["kind"]; written: string } | null {
  if (token.type === "image") return { kind: "image", written: String(token.attrGet("src") ?? "") };
  if (token.type === "link_open")
    return { kind: "link", written: String(token.attrGet("href") ?? "") };
  return null;
}

/** Every repository file `markdown` (the text of the file `document`) links to or shows. */
export function localTargets(markdown: string, document: string): LocalTarget[] {
  const inline = new MarkdownIt().parse(markdown, {}).flatMap((block) => block.children ?? []);
  const targets: LocalTarget[] = [];
  for (const token of inline) {
    const target = targetOf(token);
    if (target === null || target.written.startsWith("#") || isWebAddress(target.written)) continue;
    targets.push({
      ...target,
      file: path.resolve(path.dirname(document), fileName(target.written)),
    });
  }
  return targets;
}
