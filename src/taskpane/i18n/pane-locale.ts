/** The languages the pane speaks, and how a host's language tag maps onto them. */
export const PANE_LOCALES = ["en-US", "zh-CN", "zh-TW"] as const;
export type PaneLocale = (typeof PANE_LOCALES)[number];

export function isPaneLocale(tag: string | null | undefined): tag is PaneLocale {
  return (PANE_LOCALES as readonly string[]).includes(tag ?? "");
}
