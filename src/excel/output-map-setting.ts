/**
 * In Excel the document settings record which sheet is the output map: the reader hands the
 * recorded name to the workbook layer, which accepts as the map only that very hidden, marked
 * sheet; after a review is applied the name the plan gave the map is recorded. A sheet a person
 * copies or makes is never named there, so it is never taken for the map.
 */
import type { RawWorkbook } from "../workbook/raw";
import type { OutputPlan } from "../workbook/plan";
import type { DocumentSettings } from "../workbook/settings-codec";

/** The workbook as read, with the map's name the settings record (none: as read). */
export function withRecordedOutputMap(raw: RawWorkbook, settings: DocumentSettings): RawWorkbook {
  return settings.outputMap === undefined ? raw : { ...raw, outputMapName: settings.outputMap };
}

/** The settings with the map the plan wrote recorded (as they were when it writes none). */
export function recordingOutputMap(settings: DocumentSettings, plan: OutputPlan): DocumentSettings {
  const map = plan.sheets.find((sheet) => sheet.key === "meta");
  return map === undefined ? settings : { ...settings, outputMap: map.name };
}
