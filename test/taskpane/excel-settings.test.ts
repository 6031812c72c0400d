import { DEFAULT_POLICY } from "../../src/engine/policy";
import { SETTINGS_KEY } from "../../src/workbook/settings-codec";
import { createExcelSettings } from "../../src/taskpane/ports/excel-port";

/** Office's document settings: a key/value store saved with the workbook. */
function installDocumentSettings(initial: Record<string, unknown> = {}) {
  const store = new Map<string, unknown>(Object.entries(initial));
  const saves: number[] = [];
  const settings = {
    get: (name: string) => store.get(name),
    set: (name: string, value: unknown) => store.set(name, value),
    saveAsync: (callback: (result: { status: string }) => void) => {
      saves.push(store.size);
      callback({ status: "succeeded" });
    },
    // One author here: the document holds what this copy holds.
    refreshAsync: (callback: (result: { status: string }) => void) =>
      callback({ status: "succeeded" }),
  };
  Object.assign(globalThis, { Office: { context: { document: { settings } } } });
  return { store, saves };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("settings kept in the Excel document", () => {
  it("saves the language, the columns and the policy with the workbook and reads them back", async () => {
    const { store, saves } = installDocumentSettings();
    const port = createExcelSettings();
    await port.save({
      locale: "zh-CN",
      columnMapping: { customers: { sheet: "Customers", columns: { id: 4 } } },
      policy: DEFAULT_POLICY,
    });
    expect(saves).toHaveLength(1);
    expect(JSON.parse(String(store.get(SETTINGS_KEY)))).toMatchObject({
      locale: "zh-CN",
      columnMapping: { customers: { id: 4 } },
    });

    const reread = await createExcelSettings().load();
    expect(reread.locale).toBe("zh-CN");
    expect(reread.columnMapping).toEqual({ customers: { columns: { id: 4 } } });
    expect(reread.policy).toEqual(DEFAULT_POLICY);
  });

  it("keeps the as-of choice another part of the add-in saved", async () => {
    const stored = JSON.stringify({ version: 1, asOf: { kind: "fixed", date: 46203 } });
    const { store } = installDocumentSettings({ [SETTINGS_KEY]: stored });
    const port = createExcelSettings();
    const loaded = await port.load();
    await port.save({ ...loaded, locale: "zh-TW" });
    expect(JSON.parse(String(store.get(SETTINGS_KEY)))).toMatchObject({
      locale: "zh-TW",
      asOf: { kind: "fixed", date: 46203 },
    });
  });
});
