/**
 * The one way parts' XML is read in `src/file/`: a thin layer over the `saxes` streaming
 * tokenizer with namespaces resolved. It hands its handler start tags (local name, namespace
 * URI, attributes, offsets), end tags, and text (entities decoded, CDATA included, comments and
 * processing instructions left out), after Markup Compatibility has removed what a reader that
 * understands only `understood` must not see. Work is linear in the text; a DTD is refused (no
 * part of a workbook has one, and it is how entity bombs get in).
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { MarkupCompatibility } from "./markup-compatibility";
import { XmlPartError } from "./xml-part-error";

/** A start or end tag as the reader sees it. */
export interface XmlTag {
  readonly local: string;
  readonly uri: string;
  /** Offset of the tag's "<" in the text given to `readXml`. */
  readonly start: number;
  /** Offset just past the tag's ">". */
  readonly end: number;
  /** `<x/>`: the end event follows at once, with the same offsets. */
  readonly selfClosing: boolean;
  /** An attribute's value by local name; `uri` "" (the default) for an attribute without prefix. */
  attribute(local: string, uri?: string): string | undefined;
}

export interface XmlHandler {
  open?(tag: XmlTag): void;
  close?(tag: XmlTag): void;
  /** Character data inside delivered elements, possibly in several pieces. */
  text?(text: string): void;
}

export interface XmlReadOptions {
  /** The part's name, for messages ("xl/worksheets/sheet1.xml"). */
  part: string;
  /** Namespace URIs whose elements the handler may see. */
  understood: ReadonlySet<string>;
  /** The text is only the start of the part: reaching its end without closing the root is fine. */
  partial?: boolean;
}

class Tag implements XmlTag {
  constructor(
    private readonly tag: SaxesTagNS,
    readonly start: number,
    readonly end: number
  ) {}

  get local(): string {
    return this.tag.local;
  }

  get uri(): string {
    return this.tag.uri;
  }

  get selfClosing(): boolean {
    return this.tag.isSelfClosing;
  }

  attribute(local: string, uri = ""): string | undefined {
    const attributes = this.tag.attributes;
    // Most attributes have no prefix, and then their qualified name is their local name.
    if (uri === "") {
      const plain = attributes[local];
      return plain !== undefined && plain.uri === "" ? plain.value : undefined;
    }
    for (const name in attributes) {
      const attribute = attributes[name];
      if (attribute.local === local && attribute.uri === uri) return attribute.value;
    }
    return undefined;
  }
}

/** Reads `text` (a decoded part) to the end, calling `handler`; throws `XmlPartError` on malformed XML. */
export function readXml(text: string, options: XmlReadOptions, handler: XmlHandler): void {
  const { part } = options;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const compatibility = new MarkupCompatibility(options.understood);
  // Whether the innermost open element was delivered: text inside skipped elements is dropped.
  const delivered: boolean[] = [];
  /** Where the tag that just ended started: no "<" can stand inside a tag, so it is the last one. */
  const tagStart = () => text.lastIndexOf("<", parser.position - 1);

  parser.on("doctype", () => {
    throw new XmlPartError(
      part,
      `The part "${part}" declares a DTD, which a workbook part never has`
    );
  });
  parser.on("opentag", (saxesTag) => {
    const seen = compatibility.enter(
      saxesTag.uri,
      saxesTag.local,
      () => saxesTag.attributes.Requires?.value,
      (prefix) => parser.resolve(prefix)
    );
    delivered.push(seen);
    if (seen && handler.open) handler.open(new Tag(saxesTag, tagStart(), parser.position));
  });
  parser.on("closetag", (saxesTag) => {
    delivered.pop();
    if (compatibility.leave() && handler.close)
      handler.close(new Tag(saxesTag, tagStart(), parser.position));
  });
  if (handler.text) {
    const onText = handler.text.bind(handler);
    const deliver = (chunk: string) => {
      if (delivered.length > 0 && delivered[delivered.length - 1]) onText(chunk);
    };
    parser.on("text", deliver);
    parser.on("cdata", deliver);
  }
  parser.on("error", (error) => {
    throw new XmlPartError(part, `The part "${part}" is not well-formed XML (${error.message})`, {
      cause: error,
    });
  });
  parser.write(text);
  if (!options.partial) parser.close();
}
