/**
 * The file name of a customer's letter, made from the customer id so that it is valid on every
 * system the command runs on: characters Windows, macOS or Linux refuse in a name become "_",
 * no dot or space at the end, no name Windows keeps for a device (CON, NUL, COM1…), not too long,
 * and two ids that end up alike (or differ only in case) get "-2", "-3"… rather than one file.
 */

/** Characters refused in a file name somewhere (Windows refuses the most). */
const REFUSED = new Set(["<", ">", ":", '"', "/", "\\", "|", "?", "*"]);
/** Names Windows keeps for devices, whatever the extension after them. */
const DEVICE_NAMES = new Set([
  "CON",
  "PRN",
  "AUX",
  "NUL",
  ...Array.from({ length: 9 }, (_, i) => `COM${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `LPT${i + 1}`),
]);
/** Code points kept of an id: file systems allow 255 bytes, and a UTF-8 character takes up to 4. */
const MAX_STEM = 60;
const EXTENSION = ".docx";
const BLANK_STEM = "customer";

function safeStem(customerId: string): string {
  let stem = "";
  for (const char of customerId) {
    const code = char.codePointAt(0) ?? 0;
    stem += code < 0x20 || code === 0x7f || REFUSED.has(char) ? "_" : char;
  }
  stem = Array.from(stem).slice(0, MAX_STEM).join("");
  // Windows drops trailing dots and spaces; a leading dot hides the file on Unix.
  let end = stem.length;
  while (end > 0 && (stem[end - 1] === "." || stem[end - 1] === " ")) end--;
  stem = stem.slice(0, end);
  let start = 0;
  while (start < stem.length && (stem[start] === "." || stem[start] === " ")) start++;
  stem = stem.slice(start);
  if (stem === "") return BLANK_STEM;
  // "CON.x.docx" is the device too: Windows looks at the name before its first dot.
  const device = DEVICE_NAMES.has((stem.split(".")[0] ?? "").trimEnd().toUpperCase());
  return device ? `_${stem}` : stem;
}

/** One file name per id, in order, none equal to another when case is ignored. */
export function letterFileNames(customerIds: readonly string[]): string[] {
  const taken = new Set<string>();
  return customerIds.map((id) => {
    const stem = safeStem(id);
    let name = `${stem}${EXTENSION}`;
    for (let copy = 2; taken.has(name.toLowerCase()); copy++) name = `${stem}-${copy}${EXTENSION}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
