/**
 * What the user typed, as a message quotes it back: at most 80 characters, then "…". A sentence
 * that echoes a 100 KB argument in full buries what it says; the start is enough to recognise it.
 */
export const MAX_ECHOED_CHARACTERS = 80;

/** `text` cut to its first 80 characters (code points, so no character is split) and "…". */
export function echoedText(text: string): string {
  const characters = [...text];
  return characters.length <= MAX_ECHOED_CHARACTERS
    ? text
    : `${characters.slice(0, MAX_ECHOED_CHARACTERS).join("")}…`;
}
