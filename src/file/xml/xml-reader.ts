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

/** Deepest nesting of elements accepted (SpreadsheetML needs about a dozen levels). */
export const MAX_DEPTH = 256;

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

/** The tag being reported; one object per read, re-pointed at each tag so that reading allocates nothing per tag. */
class CurrentTag implements XmlTag {
  tag: SaxesTagNS | null = null;
  end = 0;

  constructor(private readonly text: string) {}

  private get saxesTag(): SaxesTagNS {
    if (this.tag === null) throw new Error("An XML tag was read outside its event");
    return this.tag;
  }

  get local(): string {
    return this.saxesTag.local;
  }

  get uri(): string {
    return this.saxesTag.uri;
  }

  get selfClosing(): boolean {
    return this.saxesTag.isSelfClosing;
  }

  /** Found when asked (most readers never ask): no "<" can stand inside a tag, so it is the last one before its end. */
  get start(): number {
    return this.text.lastIndexOf("<", this.end - 1);
  }

  attribute(local: string, uri = ""): string | undefined {
    const attributes = this.saxesTag.attributes;
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

/**
 * Reads `text` (a decoded part) to the end, calling `handler`; throws `XmlPartError` on malformed
 * XML. The tag given to `open` and `close` is valid only during that call: copy what is needed.
 */
export function readXml(text: string, options: XmlReadOptions, handler: XmlHandler): void {
  const { part } = options;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const compatibility = new MarkupCompatibility(options.understood, (prefix) =>
    parser.resolve(prefix)
  );
  const current = new CurrentTag(text);
  // The element being entered, read by one function made once: a function made per element
  // would be garbage at every start tag of a sheet with millions of them.
  let entering: SaxesTagNS | null = null;
  const requiresOfEntering = (): string | undefined => entering?.attributes.Requires?.value;
  const report = (callback: ((tag: XmlTag) => void) | undefined, saxesTag: SaxesTagNS) => {
    if (!callback) return;
    current.tag = saxesTag;
    current.end = parser.position;
    try {
      callback.call(handler, current);
    } finally {
      current.tag = null;
    }
  };

  parser.on("doctype", () => {
    throw new XmlPartError(
      part,
      `The part "${part}" declares a DTD, which a workbook part never has`
    );
  });
  parser.on("opentag", (saxesTag) => {
    // The tokenizer resolves each element's namespace by walking the open elements: bounding the
    // depth keeps that walk, and so the whole read, linear. Workbook parts nest a dozen deep.
    if (compatibility.depth >= MAX_DEPTH)
      throw new XmlPartError(
        part,
        `The part "${part}" nests elements more than ${MAX_DEPTH} deep, which no workbook part does`
      );
    entering = saxesTag;
    const delivered = compatibility.enter(saxesTag.uri, saxesTag.local, requiresOfEntering);
    entering = null;
    if (delivered) report(handler.open, saxesTag);
  });
  parser.on("closetag", (saxesTag) => {
    if (compatibility.leave()) report(handler.close, saxesTag);
  });
  if (handler.text) {
    const onText = handler.text.bind(handler);
    const deliver = (chunk: string) => {
      // Text inside skipped elements (and outside the root) is dropped.
      if (compatibility.insideDelivered) onText(chunk);
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
