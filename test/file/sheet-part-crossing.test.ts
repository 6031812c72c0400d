/** When a worker's cells are copied to the reader thread, and when the reader parses the part again. */
import { cellsCrossCheaply } from "../../src/file/sheet-parts/sheet-part-crossing";

describe("cells crossing between threads", () => {
  test("text no longer than the part crosses; longer text is left to the reader", () => {
    // "abc" + "de" = 5 characters: a part of 5 bytes may carry them, one of 4 may not.
    expect(cellsCrossCheaply(["abc", 7, null, "de", { error: "#N/A" }], 5)).toBe(true);
    expect(cellsCrossCheaply(["abc", 7, null, "de", { error: "#N/A" }], 4)).toBe(false);
  });

  test("numbers, booleans and errors cost no text", () => {
    expect(cellsCrossCheaply([1, true, { error: "#REF!" }, null], 0)).toBe(true);
  });
});
