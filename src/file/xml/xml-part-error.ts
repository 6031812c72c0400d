/**
 * An XML part that cannot be read as Excel would read it: not well-formed, in an encoding we do
 * not read, or with a DTD. The message is one sentence naming the part (and the line and column
 * when the tokenizer knows them); the package reader turns it into a CORRUPT refusal.
 */
export class XmlPartError extends Error {
  override name = "XmlPartError";

  constructor(
    readonly part: string,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options);
  }
}
