/**
 * A sheet whose cells cannot be placed without guessing: two cells at one address (which of the
 * two would Excel show?) or merged ranges that overlap. Excel calls such a file damaged and
 * repairs it by dropping content; the reader refuses it instead of picking a value silently.
 */
export class SheetShapeError extends Error {
  override name = "SheetShapeError";
}
