/** Fills `{name}` placeholders of the project's own texts (never of a user's cell). */
export function fillTemplate(template: string, values: Record<string, string>): string {
  let text = template;
  for (const [name, value] of Object.entries(values)) text = text.split(`{${name}}`).join(value);
  return text;
}
