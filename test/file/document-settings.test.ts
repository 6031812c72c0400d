/**
 * The pane's saved settings, found in a saved .xlsx: a package built here carries a web-extension
 * part with `creditDesk.settings`, as Excel writes it when the pane saved a column choice.
 */
import { openXlsxPackage, readWorkbookSettings } from "../../src/file";
import {
  MAX_EXTENSION_PART_BYTES,
  WEB_EXTENSION_NAMESPACE,
} from "../../src/file/document-settings";
import { encodeSettings, SETTINGS_KEY } from "../../src/workbook/settings-codec";
import { buildZip, packageEntries, type ZipEntrySpec } from "./support/zip-builder";

const SHEET = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Customer ID</t></is></c></row></sheetData></worksheet>`;

const attribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function extensionPart(name: string, properties: Record<string, string>): ZipEntrySpec {
  const list = Object.entries(properties)
    .map(([key, value]) => `<we:property name="${key}" value="${attribute(value)}"/>`)
    .join("");
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="${WEB_EXTENSION_NAMESPACE}" id="{5A0E3C39-0000-0000-0000-000000000000}"><we:reference id="credit-desk" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties>${list}</we:properties><we:bindings/><we:snapshot/></we:webextension>`;
  return { name, data: new TextEncoder().encode(xml) };
}

async function settingsOf(parts: ZipEntrySpec[]) {
  const bytes = buildZip(packageEntries({ sheets: [{ name: "Customers", xml: SHEET }], parts }));
  const document = await openXlsxPackage(bytes, { label: "book.xlsx" });
  return readWorkbookSettings(document.package);
}

// Office stores a string setting JSON-quoted: the attribute holds JSON whose value is the pane's JSON text.
const saved = JSON.stringify(
  encodeSettings({ columnMapping: { customers: { badPayments3m: 7 } }, locale: "zh-CN" })
);

describe("settings saved by the pane in a workbook", () => {
  test("the column choice and language come back from xl/webextensions/webextension1.xml", async () => {
    const result = await settingsOf([
      extensionPart("xl/webextensions/webextension1.xml", {
        "other.addin": '"x"',
        [SETTINGS_KEY]: saved,
      }),
    ]);
    expect(result).toEqual({
      settings: { columnMapping: { customers: { badPayments3m: 7 } }, locale: "zh-CN" },
      dropped: [],
      part: "xl/webextensions/webextension1.xml",
    });
  });

  test("a workbook without add-in parts has no saved settings", async () => {
    expect(await settingsOf([])).toEqual({ settings: {}, dropped: [], part: null });
  });

  test("another add-in's part is passed over for the one that carries our key", async () => {
    const result = await settingsOf([
      extensionPart("xl/webextensions/webextension1.xml", { "other.addin": '"x"' }),
      extensionPart("xl/webextensions/webextension2.xml", { [SETTINGS_KEY]: saved }),
    ]);
    expect(result.part).toBe("xl/webextensions/webextension2.xml");
    expect(result.settings.columnMapping).toEqual({ customers: { badPayments3m: 7 } });
  });

  test("a value that is not JSON is named and left out, never a refusal", async () => {
    const result = await settingsOf([
      extensionPart("xl/webextensions/webextension1.xml", { [SETTINGS_KEY]: "{not json" }),
    ]);
    expect(result.settings).toEqual({});
    expect(result.dropped).toEqual([
      'the saved settings in "xl/webextensions/webextension1.xml" are not JSON; they were not used',
    ]);
  });

  test("a column that is not 1..16384 is dropped, the rest kept", async () => {
    const value = JSON.stringify(
      JSON.stringify({ version: 1, columnMapping: { customers: { id: 1, name: 0 } } })
    );
    const result = await settingsOf([
      extensionPart("xl/webextensions/webextension1.xml", { [SETTINGS_KEY]: value }),
    ]);
    expect(result.settings.columnMapping).toEqual({ customers: { id: 1 } });
    expect(result.dropped).toEqual([
      'the saved column for "customers.name" was ignored: not a column number 1..16384',
    ]);
  });

  test("an add-in part over 1 MiB is not unpacked", async () => {
    const big = extensionPart("xl/webextensions/webextension1.xml", {
      [SETTINGS_KEY]: saved,
      padding: "x".repeat(MAX_EXTENSION_PART_BYTES),
    });
    const result = await settingsOf([big]);
    expect(result.settings).toEqual({});
    expect(result.dropped[0]).toMatch(
      /^the add-in part "xl\/webextensions\/webextension1.xml" unpacks to \d+ bytes/
    );
  });

  test("a malformed add-in part is named and left out", async () => {
    const result = await settingsOf([
      {
        name: "xl/webextensions/webextension1.xml",
        data: new TextEncoder().encode("<we:webextension"),
      },
    ]);
    expect(result.settings).toEqual({});
    expect(result.dropped).toHaveLength(1);
    expect(result.dropped[0]).toContain(
      'the add-in part "xl/webextensions/webextension1.xml" could not be read'
    );
  });
});
