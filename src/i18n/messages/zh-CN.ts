/** The pane's words in Simplified Chinese. */
import type { MessageKey } from "./en-US";

export const zhCN: Record<MessageKey, string> = {
  "app.title": "信用管理台",
  "language.en-US": "English",
  "language.zh-CN": "简体中文",
  "language.zh-TW": "繁體中文",
};
