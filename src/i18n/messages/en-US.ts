/** The pane's words in English: the reference catalog, whose keys every other locale must have. */
export const enUS = {
  "app.title": "Credit Desk",
  // Language names are written in their own language, so anyone can find theirs in the list.
  "language.en-US": "English",
  "language.zh-CN": "简体中文",
  "language.zh-TW": "繁體中文",
} as const;

export type MessageKey = keyof typeof enUS;
