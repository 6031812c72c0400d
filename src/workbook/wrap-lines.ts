/**
 * A paragraph cut into lines no wider than a given number of display columns (a wide CJK
 * character counts two), so that a letter printed from cells keeps inside its page: Latin text
 * breaks at spaces, CJK text between any two characters. A single word wider than the line is
 * kept whole, on a line of its own.
 */
import { codePointWidth, displayWidth } from "./text-width";

/** Words, wide characters and single spaces, in order. */
function pieces(text: string): string[] {
  const found: string[] = [];
  let word = "";
  const endWord = () => {
    if (word !== "") found.push(word);
    word = "";
  };
  for (const char of text) {
    if (char === " ") {
      endWord();
      found.push(" ");
    } else if (codePointWidth(char.codePointAt(0) ?? 0) > 1) {
      endWord();
      found.push(char);
    } else word += char;
  }
  endWord();
  return found;
}

export function wrapLines(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  let spaceBefore = false;
  for (const piece of pieces(text)) {
    if (piece === " ") {
      spaceBefore = line !== "";
      continue;
    }
    const pieceWidth = displayWidth(piece);
    const gap = spaceBefore ? 1 : 0;
    if (line !== "" && width + gap + pieceWidth > maxWidth) {
      lines.push(line);
      line = piece;
      width = pieceWidth;
    } else {
      line += (gap === 1 ? " " : "") + piece;
      width += gap + pieceWidth;
    }
    spaceBefore = false;
  }
  lines.push(line);
  return lines;
}
