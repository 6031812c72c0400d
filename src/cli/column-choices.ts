/**
 * The columns the user chose for a review from the command line, combined in one place: for each
 * field the strongest source wins — `--map` over `--mapping` over the mapping the pane saved in
 * the workbook — and the headers decide every field no source names. The result is the mapping
 * the reader takes (`src/workbook/column-mapping.ts`).
 *
 * A header the user typed that the sheet does not have (or has twice) is a usage error, exit 2:
 * the review would otherwise run on the headers' guess and give numbers from another column than
 * the one asked for. A stale choice saved by the pane stays a warning, as in the pane.
 */
import type { Problem } from "../engine/types";
import { readWorkbookSettings } from "../file";
import type { XlsxPackage } from "../file";
import type { CliWords } from "../i18n/cli-messages";
import type { ColumnMapping, RoleMapping } from "../workbook/column-mapping";
import type { SheetRole } from "../workbook/fields";
import { READ_CODES } from "../workbook/read-problem";
import type {
  ColumnHeaders as SavedColumnHeaders,
  ColumnMapping as SavedColumnMapping,
} from "../workbook/settings-codec";
import { SHEET_ROLES } from "../workbook/role-fields";
import { headerKey } from "../workbook/text-normalise";
import type { ColumnChoiceLayer, ColumnChoiceSource, ColumnPick } from "./column-choice";
import { echoedText } from "./echoed-text";
import { CliFailure, EXIT } from "./failure";

export interface SourcedChoice {
  role: SheetRole;
  field: string;
  pick: ColumnPick;
  source: ColumnChoiceSource;
}

export interface CombinedChoices {
  /** What the reader is given. */
  mapping: ColumnMapping;
  /** The choice that won for each field, with its source (to word a failure). */
  chosen: SourcedChoice[];
}

/** The pane saves role → field → column, and (since it records them) the header each column had. */
export function savedLayer(
  saved: SavedColumnMapping | undefined,
  savedHeaders?: SavedColumnHeaders
): ColumnChoiceLayer {
  const layer: ColumnChoiceLayer = {};
  for (const role of SHEET_ROLES) {
    const columns = saved?.[role];
    if (columns === undefined) continue;
    const picks: Record<string, ColumnPick> = {};
    for (const [field, column] of Object.entries(columns)) {
      const madeOn = savedHeaders?.[role]?.[field];
      picks[field] = madeOn === undefined ? { column } : { column, madeOn };
    }
    layer[role] = picks;
  }
  return layer;
}

/** `layers` strongest first; a field takes its pick from the first layer that names it. */
export function combineColumnChoices(
  layers: readonly { source: ColumnChoiceSource; choices: ColumnChoiceLayer }[]
): CombinedChoices {
  const mapping: Record<string, RoleMapping<string>> = {};
  const chosen: SourcedChoice[] = [];
  for (const role of SHEET_ROLES) {
    const headers: Record<string, string> = {};
    const columns: Record<string, number> = {};
    const columnHeaders: Record<string, string> = {};
    const decided = new Set<string>();
    for (const { source, choices } of layers) {
      for (const [field, pick] of Object.entries(choices[role] ?? {})) {
        if (decided.has(field)) continue;
        decided.add(field);
        chosen.push({ role, field, pick, source });
        if ("header" in pick) headers[field] = pick.header;
        else {
          columns[field] = pick.column;
          if (pick.madeOn !== undefined) columnHeaders[field] = pick.madeOn;
        }
      }
    }
    if (decided.size === 0) continue;
    const roleMapping: RoleMapping<string> = {};
    if (Object.keys(headers).length > 0) roleMapping.headers = headers;
    if (Object.keys(columns).length > 0) roleMapping.columns = columns;
    if (Object.keys(columnHeaders).length > 0) roleMapping.columnHeaders = columnHeaders;
    mapping[role] = roleMapping;
  }
  // Field keys were checked against each role's fields when the choices were read.
  return { mapping: mapping as ColumnMapping, chosen };
}

/** The reader's mapping for one run: `--map`, then the `--mapping` file, then the workbook's saved choice. */
export async function columnChoices(
  mapChoices: ColumnChoiceLayer,
  fileChoices: ColumnChoiceLayer,
  pkg: XlsxPackage
): Promise<CombinedChoices> {
  const saved = await readWorkbookSettings(pkg);
  return combineColumnChoices([
    { source: "--map", choices: mapChoices },
    { source: "--mapping", choices: fileChoices },
    {
      source: "saved",
      choices: savedLayer(saved.settings.columnMapping, saved.settings.columnHeaders),
    },
  ]);
}

/**
 * The first header typed on the command line (or in the mapping file) that the reader could not
 * place, as one sentence and exit 2; null when every typed header was found once.
 */
export function typedHeaderFailure(
  problems: readonly Problem[],
  chosen: readonly SourcedChoice[],
  words: CliWords
): CliFailure | null {
  for (const problem of problems) {
    if (problem.code !== READ_CODES.mappingInvalid) continue;
    const variant = problem.params?.variant;
    if (variant !== "headerNotFound" && variant !== "headerAmbiguous") continue;
    const field = String(problem.params?.field ?? "");
    const header = String(problem.params?.header ?? "");
    const choice = chosen.find(
      (c) =>
        c.source !== "saved" &&
        c.field === field &&
        "header" in c.pick &&
        headerKey(c.pick.header) === headerKey(header)
    );
    if (choice === undefined) continue;
    const params = {
      sheet: problem.place.sheet,
      header: echoedText(header),
      option: choice.source,
      field: `${choice.role}.${field}`,
      candidates: String(problem.params?.candidates ?? ""),
    };
    return new CliFailure(
      EXIT.usage,
      words(
        variant === "headerNotFound" ? "mapping.headerNotFound" : "mapping.headerAmbiguous",
        params
      )
    );
  }
  return null;
}

/** The words for where a choice came from: the option as typed, or the pane's saved choice. */
function sourceWords(source: ColumnChoiceSource, words: CliWords): string {
  return source === "saved" ? words("mapping.savedSource") : source;
}

/**
 * Two fields given one column, by any source (two fields cannot both be one column's values):
 * one sentence naming both fields, their sources and the column, exit 2. Null when none.
 */
export function sameColumnFailure(
  problems: readonly Problem[],
  chosen: readonly SourcedChoice[],
  words: CliWords
): CliFailure | null {
  const problem = problems.find(
    (p) => p.code === READ_CODES.mappingInvalid && p.params?.variant === "sameColumn"
  );
  if (problem === undefined) return null;
  const named = (field: string): string => {
    const choice = chosen.find((c) => c.field === field);
    const source = choice === undefined ? "" : ` (${sourceWords(choice.source, words)})`;
    return `${choice?.role ?? ""}.${field}${source}`;
  };
  return new CliFailure(
    EXIT.usage,
    words("mapping.sameColumn", {
      sheet: problem.place.sheet,
      first: named(String(problem.params?.otherField ?? "")),
      second: named(String(problem.params?.field ?? "")),
      column: String(problem.params?.mappedColumn ?? ""),
    })
  );
}

/**
 * A column typed for a sheet the workbook does not have (an orders sheet not found): exit 2,
 * because the user expects that sheet to be read and it was not. `rolesRead` are the sheets the
 * review read.
 */
export function sheetlessChoiceFailure(
  chosen: readonly SourcedChoice[],
  rolesRead: readonly SheetRole[],
  words: CliWords
): CliFailure | null {
  const choice = chosen.find((c) => c.source !== "saved" && !rolesRead.includes(c.role));
  if (choice === undefined) return null;
  return new CliFailure(
    EXIT.usage,
    words("mapping.noSheet", {
      option: choice.source,
      field: `${choice.role}.${choice.field}`,
      role: words(`role.${choice.role}`),
    })
  );
}
