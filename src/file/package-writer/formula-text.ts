/** A text as an Excel formula string literal: in quotes, inner quotes doubled. */
export function formulaTextLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
