import fc from "fast-check";
import { serialDate } from "../../src/engine/serial-date";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import {
  type SettingsStore,
  loadFreshSettings,
  loadSettings,
  saveFreshSettings,
  saveSettings,
} from "../../src/excel/settings";
import {
  type DocumentSettings,
  SETTINGS_KEY,
  decodeSettings,
  encodeSettings,
  settingsUnreadable,
} from "../../src/workbook/settings-codec";

/**
 * `Office.context.document.settings`: the add-in's in-memory copy (`get`, `set`) and the
 * document (`saved`), which another author may change; `refreshAsync` copies the document into
 * memory. `failWith` makes the next save fail.
 */
function memoryStore(): SettingsStore & {
  saved: Map<string, unknown>;
  failWith: string | null;
  saves: number;
  refreshes: number;
} {
  const values = new Map<string, unknown>();
  const store = {
    saved: new Map<string, unknown>(),
    failWith: null as string | null,
    saves: 0,
    refreshes: 0,
    get: (name: string) => values.get(name) ?? null,
    set: (name: string, value: unknown) => void values.set(name, value),
    saveAsync(callback: Parameters<SettingsStore["saveAsync"]>[0]) {
      store.saves += 1;
      // Office calls back later, never during saveAsync itself.
      setTimeout(() => {
        if (store.failWith)
          return callback({
            status: 1 as Office.AsyncResultStatus,
            error: { message: store.failWith },
          });
        store.saved = new Map(values);
        callback({ status: 0 as Office.AsyncResultStatus });
      }, 0);
    },
    refreshAsync(callback: Parameters<SettingsStore["refreshAsync"]>[0]) {
      store.refreshes += 1;
      setTimeout(() => {
        values.clear();
        for (const [name, value] of store.saved) values.set(name, value);
        callback({ status: 0 as Office.AsyncResultStatus });
      }, 0);
    },
  };
  return store;
}

const SETTINGS: DocumentSettings = {
  locale: "zh-CN",
  columnMapping: { customers: { id: 1, name: 3 }, receivables: { amount: 7 } },
  policy: DEFAULT_POLICY,
  asOf: { kind: "fixed", date: serialDate(46203) },
};

describe("document settings", () => {
  it("saves through saveAsync and loads back the same settings", async () => {
    const store = memoryStore();
    await saveSettings(SETTINGS, store);
    expect(store.saves).toBe(1);
    expect(typeof store.saved.get(SETTINGS_KEY)).toBe("string");
    expect(loadSettings(store)).toEqual({ settings: SETTINGS, dropped: [] });
  });

  it("rejects with a clear error when Office cannot save", async () => {
    const store = memoryStore();
    store.failWith = "The document is read-only.";
    await expect(saveSettings(SETTINGS, store)).rejects.toMatchObject({
      code: "SETTINGS_NOT_SAVED",
      message: "The settings could not be saved in the workbook: The document is read-only.",
    });
  });

  it("refreshes before reading and before saving, so another author's save is not undone", async () => {
    const mine = memoryStore();
    await saveSettings(SETTINGS, mine);
    // Another author saves a review: the document now records its output map and language.
    const theirs = encodeSettings({ ...SETTINGS, locale: "zh-TW", outputMap: "CreditDesk_Meta" });
    mine.saved.set(SETTINGS_KEY, theirs);
    // Without a refresh this copy still holds the old settings...
    expect(loadSettings(mine).settings.locale).toBe("zh-CN");
    // ...a fresh read sees the other author's.
    expect((await loadFreshSettings(mine)).settings.locale).toBe("zh-TW");

    mine.set(SETTINGS_KEY, encodeSettings(SETTINGS)); // an in-memory copy gone stale again
    await saveFreshSettings((current) => ({ ...current, asOf: { kind: "today" } }), mine);
    expect(mine.refreshes).toBe(2);
    expect(decodeSettings(mine.saved.get(SETTINGS_KEY)).settings).toEqual({
      ...SETTINGS,
      locale: "zh-TW",
      outputMap: "CreditDesk_Meta",
      asOf: { kind: "today" },
    });
  });

  it("starts from nothing when nothing was saved", () => {
    expect(loadSettings(memoryStore())).toEqual({ settings: {}, dropped: [] });
  });

  it("keeps what it can read of damaged settings and names what it left out", () => {
    const decoded = decodeSettings(
      JSON.stringify({
        locale: 42,
        columnMapping: { customers: { id: 2, name: 0, score: "C" }, suppliers: { id: 1 } },
        asOf: { kind: "fixed", date: "2026-06-30" },
        policy: DEFAULT_POLICY,
      })
    );
    expect(decoded.settings).toEqual({
      columnMapping: { customers: { id: 2 } },
      policy: DEFAULT_POLICY,
    });
    expect(decoded.dropped).toHaveLength(5);
    expect(decoded.dropped.join("\n")).toContain('"customers.name"');
    expect(decodeSettings("{not json")).toEqual({ settings: {}, dropped: [settingsUnreadable] });
    expect(decodeSettings({ locale: "en-US" }).settings).toEqual({ locale: "en-US" });
  });

  it("keeps the header each saved column was chosen under, and drops a header that is not one", () => {
    const decoded = decodeSettings(
      JSON.stringify({
        columnMapping: { receivables: { amount: 6, paidAmount: 7 } },
        columnHeaders: { receivables: { amount: "Gross", paidAmount: 12 }, suppliers: {} },
      })
    );
    expect(decoded.settings).toEqual({
      columnMapping: { receivables: { amount: 6, paidAmount: 7 } },
      columnHeaders: { receivables: { amount: "Gross" } },
    });
    expect(decoded.dropped).toHaveLength(2);
    expect(decoded.dropped.join("\n")).toContain('"receivables.paidAmount"');
  });

  it("reads back whatever it wrote (property)", () => {
    const field = fc.constantFrom("id", "name", "amount", "dueDate");
    const columns = fc.dictionary(field, fc.integer({ min: 1, max: 16_384 }));
    const settings = fc.record(
      {
        locale: fc.constantFrom("en-US", "zh-CN", "zh-TW"),
        columnMapping: fc.record(
          { customers: columns, receivables: columns, orders: columns },
          { requiredKeys: [] }
        ),
        asOf: fc.oneof(
          fc.constant({ kind: "today" as const }),
          fc
            .integer({ min: 61, max: 80_000 })
            .map((date) => ({ kind: "fixed" as const, date: serialDate(date) }))
        ),
      },
      { requiredKeys: [] }
    );
    fc.assert(
      fc.property(settings, (value) =>
        expect(decodeSettings(encodeSettings(value))).toEqual({ settings: value, dropped: [] })
      )
    );
  });
});
