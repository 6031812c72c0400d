/** The binary PPM image (P6) that pdftoppm writes by default: a text header, then RGB bytes. */
export interface RgbImage {
  width: number;
  height: number;
  /** RGB triplets, row by row. */
  pixels: Uint8Array;
}

export function parsePpm(bytes: Uint8Array): RgbImage {
  const fields: string[] = [];
  let cursor = 0;
  while (fields.length < 4) {
    while (cursor < bytes.length && /\s/.test(String.fromCharCode(bytes[cursor]))) cursor += 1;
    if (bytes[cursor] === 0x23) {
      while (cursor < bytes.length && bytes[cursor] !== 0x0a) cursor += 1; // a comment line
      continue;
    }
    let field = "";
    while (cursor < bytes.length && !/\s/.test(String.fromCharCode(bytes[cursor])))
      field += String.fromCharCode(bytes[cursor++]);
    fields.push(field);
  }
  cursor += 1; // the single whitespace byte before the pixels
  const [magic, width, height, maximum] = [
    fields[0],
    Number(fields[1]),
    Number(fields[2]),
    Number(fields[3]),
  ];
  if (magic !== "P6" || maximum !== 255)
    throw new Error(`not an 8-bit binary PPM (${magic}, max ${maximum})`);
  const pixels = bytes.subarray(cursor, cursor + width * height * 3);
  if (pixels.length !== width * height * 3) throw new Error("the PPM is truncated");
  return { width, height, pixels };
}

/** How many pixels are within `tolerance` (per channel) of the colour "#RRGGBB". */
export function countColor(image: RgbImage, hex: string, tolerance = 2): number {
  const [red, green, blue] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  let count = 0;
  for (let offset = 0; offset < image.pixels.length; offset += 3) {
    if (
      Math.abs(image.pixels[offset] - red) <= tolerance &&
      Math.abs(image.pixels[offset + 1] - green) <= tolerance &&
      Math.abs(image.pixels[offset + 2] - blue) <= tolerance
    ) {
      count += 1;
    }
  }
  return count;
}
