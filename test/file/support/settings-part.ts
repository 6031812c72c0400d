/** The pane's settings as Excel saves them: a JSON-quoted JSON text in a web-extension part. */
import { WEB_EXTENSION_NAMESPACE } from "../../../src/file/document-settings";
import type { DocumentSettings } from "../../../src/workbook/settings-codec";
import { encodeSettings, SETTINGS_KEY } from "../../../src/workbook/settings-codec";
import { xmlEscaped } from "./inline-sheet";
import type { ZipEntrySpec } from "./zip-builder";

export function settingsPart(settings: DocumentSettings): ZipEntrySpec {
  const value = JSON.stringify(encodeSettings(settings));
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="${WEB_EXTENSION_NAMESPACE}" id="{5A0E3C39-0000-0000-0000-000000000000}"><we:reference id="credit-desk" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties><we:property name="${SETTINGS_KEY}" value="${xmlEscaped(value)}"/></we:properties><we:bindings/><we:snapshot/></we:webextension>`;
  return { name: "xl/webextensions/webextension1.xml", data: new TextEncoder().encode(xml) };
}
