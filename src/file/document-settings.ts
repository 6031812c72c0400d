/**
 * The settings the task pane saved in a workbook, read from the saved .xlsx. Office keeps an
 * add-in's document settings in a web-extension part (`xl/webextensions/webextension1.xml`) as
 * `<we:property name="creditDesk.settings" value="…"/>`, whose value is the setting in JSON (the
 * pane stores a JSON string, so the value is a JSON-quoted JSON text). The pane's codec decodes
 * it (`src/workbook/settings-codec.ts`), so the command line runs with the column choices a user
 * made in Excel.
 *
 * Bounded before it costs memory: at most `MAX_EXTENSION_PARTS` parts are looked at, each at most
 * `MAX_EXTENSION_PART_BYTES` unpacked. Settings are secondary: a part that cannot be read is left
 * out and named in `dropped`, never a reason to refuse the workbook.
 */
import type { DecodedSettings } from "../workbook/settings-codec";
import { decodeSettings, SETTINGS_KEY } from "../workbook/settings-codec";
import type { XlsxPackage } from "./package-writer/xlsx-package";
import { unpackEntry } from "./unpack";
import { decodeXmlPart } from "./xml/decode-xml-part";
import { readXml } from "./xml/xml-reader";
import type { ZipEntryInfo } from "./zip-directory";

export const WEB_EXTENSION_NAMESPACE =
  "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const UNDERSTOOD: ReadonlySet<string> = new Set([WEB_EXTENSION_NAMESPACE]);

const PART_PREFIX = "xl/webextensions/webextension";
const PART_SUFFIX = ".xml";
export const MAX_EXTENSION_PARTS = 32;
export const MAX_EXTENSION_PART_BYTES = 1024 * 1024;

export const DOCUMENT_SETTINGS_MESSAGES = {
  tooManyParts: (count: number) =>
    `the workbook has ${count} add-in parts; only the first ${MAX_EXTENSION_PARTS} were searched for saved settings`,
  partTooLarge: (part: string, bytes: number) =>
    `the add-in part "${part}" unpacks to ${bytes} bytes (more than ${MAX_EXTENSION_PART_BYTES}); its saved settings were not read`,
  partUnreadable: (part: string, detail: string) =>
    `the add-in part "${part}" could not be read (${detail}); its saved settings were not used`,
  valueNotJson: (part: string) =>
    `the saved settings in "${part}" are not JSON; they were not used`,
} as const;

export interface WorkbookSettings extends DecodedSettings {
  /** The part the settings came from; null when the workbook carries none. */
  part: string | null;
}

function isExtensionPart(name: string): boolean {
  if (!name.startsWith(PART_PREFIX) || !name.endsWith(PART_SUFFIX)) return false;
  return !name.slice(PART_PREFIX.length).includes("/");
}

/** The `value` of the property named `key` in one part's XML, or null when it has none. */
function propertyValue(text: string, part: string, key: string): string | null {
  let found: string | null = null;
  readXml(
    text,
    { part, understood: UNDERSTOOD },
    {
      open(tag) {
        if (found !== null || tag.local !== "property" || tag.uri !== WEB_EXTENSION_NAMESPACE)
          return;
        if (tag.attribute("name") === key) found = tag.attribute("value") ?? null;
      },
    }
  );
  return found;
}

async function partSettings(
  pkg: XlsxPackage,
  entry: ZipEntryInfo,
  part: string,
  dropped: string[]
): Promise<WorkbookSettings | null> {
  if (entry.uncompressedSize > MAX_EXTENSION_PART_BYTES) {
    dropped.push(DOCUMENT_SETTINGS_MESSAGES.partTooLarge(part, entry.uncompressedSize));
    return null;
  }
  let value: string | null;
  try {
    const bytes = await unpackEntry(pkg.bytes, entry, pkg.label, pkg.unpacker);
    value = propertyValue(decodeXmlPart(bytes, part), part, SETTINGS_KEY);
  } catch (error) {
    // A damaged add-in part costs only its settings; the sheets are read and checked on their own.
    if (!(error instanceof Error)) throw error;
    dropped.push(DOCUMENT_SETTINGS_MESSAGES.partUnreadable(part, error.message));
    return null;
  }
  if (value === null) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(value);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    dropped.push(DOCUMENT_SETTINGS_MESSAGES.valueNotJson(part));
    return null;
  }
  const decoded = decodeSettings(stored);
  return { ...decoded, dropped: [...dropped, ...decoded.dropped], part };
}

/** The first saved Credit Desk settings found in the package's add-in parts (empty when none). */
export async function readWorkbookSettings(pkg: XlsxPackage): Promise<WorkbookSettings> {
  const dropped: string[] = [];
  const parts = pkg.directory.entries
    .map((entry) => ({
      entry,
      part: entry.name.startsWith("/") ? entry.name.slice(1) : entry.name,
    }))
    .filter(({ part }) => isExtensionPart(part))
    .sort((a, b) => a.part.localeCompare(b.part, "en", { numeric: true }));
  if (parts.length > MAX_EXTENSION_PARTS)
    dropped.push(DOCUMENT_SETTINGS_MESSAGES.tooManyParts(parts.length));
  for (const { entry, part } of parts.slice(0, MAX_EXTENSION_PARTS)) {
    const found = await partSettings(pkg, entry, part, dropped);
    if (found !== null) return found;
  }
  return { settings: {}, dropped, part: null };
}
