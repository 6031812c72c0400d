/**
 * Fills `{name}` placeholders. A placeholder without a value is left as it is, so that a
 * forgotten parameter is visible on screen instead of silently turning into an empty string.
 */

export type InterpolationParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

export function interpolate(template: string, params?: InterpolationParams): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}

/** The placeholder names a template uses, in order of appearance, without repeats. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}
