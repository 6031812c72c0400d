/**
 * Markup Compatibility (ECMA-376 Part 3) as a reader that understands only some namespaces
 * applies it: which elements reach the part's reader and which are skipped with their content.
 *
 * - Inside `mc:AlternateContent`, the first `mc:Choice` whose `Requires` prefixes all name
 *   understood namespaces is read (its children, not itself); otherwise `mc:Fallback` is.
 * - An element of a namespace not understood is skipped with everything inside it. For a
 *   namespace listed in `mc:Ignorable` that is what the standard asks; for any other it is the
 *   safe choice (the standard would refuse the part), so foreign markup is never read as data.
 */
import { MARKUP_COMPATIBILITY } from "./namespaces";

interface Frame {
  /** The element itself reaches the reader. */
  delivered: boolean;
  /** Nothing inside reaches the reader. */
  skipping: boolean;
  /** For `mc:AlternateContent`: a choice or the fallback has been taken. */
  alternateTaken: boolean | null;
}

const SKIPPED: Frame = { delivered: false, skipping: true, alternateTaken: null };

export class MarkupCompatibility {
  private readonly frames: Frame[] = [];

  constructor(private readonly understood: ReadonlySet<string>) {}

  /**
   * Called for every start tag in document order; true when the element reaches the reader.
   * `requires` gives the `Requires` attribute of an `mc:Choice`, `resolve` its prefixes.
   */
  enter(
    uri: string,
    local: string,
    requires: () => string | undefined,
    resolve: (prefix: string) => string | undefined
  ): boolean {
    const parent = this.frames.length > 0 ? this.frames[this.frames.length - 1] : undefined;
    const frame = parent?.skipping ? SKIPPED : this.frameOf(uri, local, parent, requires, resolve);
    this.frames.push(frame);
    return frame.delivered;
  }

  /** Called for every end tag; true when the element that ends had reached the reader. */
  leave(): boolean {
    return this.frames.pop()?.delivered ?? false;
  }

  private frameOf(
    uri: string,
    local: string,
    parent: Frame | undefined,
    requires: () => string | undefined,
    resolve: (prefix: string) => string | undefined
  ): Frame {
    if (uri !== MARKUP_COMPATIBILITY)
      return this.understood.has(uri)
        ? { delivered: true, skipping: false, alternateTaken: null }
        : SKIPPED;
    if (local === "AlternateContent")
      return { delivered: false, skipping: false, alternateTaken: false };
    const inAlternate = parent !== undefined && parent.alternateTaken !== null;
    if (!inAlternate || parent.alternateTaken === true) return SKIPPED;
    const taken =
      local === "Fallback" || (local === "Choice" && this.allUnderstood(requires(), resolve));
    if (!taken) return SKIPPED;
    parent.alternateTaken = true;
    // The chosen branch is transparent: its children are read as if they stood in its place.
    return { delivered: false, skipping: false, alternateTaken: null };
  }

  private allUnderstood(
    requires: string | undefined,
    resolve: (prefix: string) => string | undefined
  ): boolean {
    if (requires === undefined) return false;
    const prefixes = requires.split(" ").filter((prefix) => prefix !== "");
    return (
      prefixes.length > 0 &&
      prefixes.every((prefix) => {
        const uri = resolve(prefix);
        return uri !== undefined && this.understood.has(uri);
      })
    );
  }
}
