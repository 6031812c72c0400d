/** Settings held in memory: the file mode's store (kept for the loaded file) and the tests' fake. */
import type { SettingsPort } from "./workbook-port";
import type { PaneSettings } from "./pane-settings";

export function createMemorySettings(
  initial: PaneSettings = {}
): SettingsPort & { current(): PaneSettings } {
  let stored: PaneSettings = structuredCloneSettings(initial);
  return {
    load: async () => structuredCloneSettings(stored),
    save: async (settings) => {
      stored = structuredCloneSettings(settings);
    },
    current: () => structuredCloneSettings(stored),
  };
}

/** Settings are plain JSON; a copy keeps callers from mutating what is stored. */
function structuredCloneSettings(settings: PaneSettings): PaneSettings {
  return JSON.parse(JSON.stringify(settings)) as PaneSettings;
}
