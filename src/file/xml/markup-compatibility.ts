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

/** Shared frames for the common cases, so that reading an element allocates nothing here. */
const SKIPPED: Frame = Object.freeze({ delivered: false, skipping: true, alternateTaken: null });
const DELIVERED: Frame = Object.freeze({ delivered: true, skipping: false, alternateTaken: null });

export class MarkupCompatibility {
  private readonly frames: Frame[] = [];
  /** The namespace last found understood: elements come in long runs of one namespace. */
  private lastUnderstood = "";

  /** `resolve` gives the namespace a prefix stands for at the element being entered. */
  constructor(
    private readonly understood: ReadonlySet<string>,
    private readonly resolve: (prefix: string) => string | undefined
  ) {}

  /**
   * Called for every start tag in document order; true when the element reaches the reader.
   * `requires` is the element's `Requires` attribute (read only for an `mc:Choice`).
   */
  enter(uri: string, local: string, requires: () => string | undefined): boolean {
    const parent = this.frames.length > 0 ? this.frames[this.frames.length - 1] : undefined;
    let frame: Frame;
    if (parent?.skipping) frame = SKIPPED;
    else if (uri === this.lastUnderstood) frame = DELIVERED;
    else frame = this.frameOf(uri, local, parent, requires);
    this.frames.push(frame);
    return frame.delivered;
  }

  /** How many elements are open. */
  get depth(): number {
    return this.frames.length;
  }

  /** Whether the innermost open element reached the reader (its text then does too). */
  get insideDelivered(): boolean {
    return this.frames.length > 0 && this.frames[this.frames.length - 1].delivered;
  }

  /** Called for every end tag; true when the element that ends had reached the reader. */
  leave(): boolean {
    return this.frames.pop()?.delivered ?? false;
  }

  private frameOf(
    uri: string,
    local: string,
    parent: Frame | undefined,
    requires: () => string | undefined
  ): Frame {
    if (uri !== MARKUP_COMPATIBILITY) {
      if (!this.understood.has(uri)) return SKIPPED;
      this.lastUnderstood = uri;
      return DELIVERED;
    }
    if (local === "AlternateContent")
      return { delivered: false, skipping: false, alternateTaken: false };
    const inAlternate = parent !== undefined && parent.alternateTaken !== null;
    if (!inAlternate || parent.alternateTaken === true) return SKIPPED;
    const taken = local === "Fallback" || (local === "Choice" && this.allUnderstood(requires()));
    if (!taken) return SKIPPED;
    parent.alternateTaken = true;
    // The chosen branch is transparent: its children are read as if they stood in its place.
    return { delivered: false, skipping: false, alternateTaken: null };
  }

  private allUnderstood(requires: string | undefined): boolean {
    if (requires === undefined) return false;
    const prefixes = requires.split(" ").filter((prefix) => prefix !== "");
    return (
      prefixes.length > 0 &&
      prefixes.every((prefix) => {
        const uri = this.resolve(prefix);
        return uri !== undefined && this.understood.has(uri);
      })
    );
  }
}
