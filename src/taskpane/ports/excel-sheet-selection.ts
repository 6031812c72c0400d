/**
 * How the pane decides, from the header bands, which sheets of the open workbook a review reads
 * in full: with the same header words and proofs of ownership the review itself uses. Loaded
 * lazily with the read, so the header words stay out of the pane's first load.
 */
import { DEFAULT_POLICY } from "../../engine/policy";
import { headerSynonyms } from "../../i18n/headers";
import { allOutputLabels } from "../../i18n/output-labels";
import { withRecordedOutputMap } from "../../excel/output-map-setting";
import { ownedSignatures } from "../../workbook/owned-signatures";
import type { RawWorkbook } from "../../workbook/raw";
import type { DocumentSettings } from "../../workbook/settings-codec";
import { LOG_DATE_COLUMN, type SheetSelection, sheetsToRead } from "../../workbook/sheets-to-read";

export interface PaneSheetSelection {
  selectSheets: (bands: RawWorkbook) => SheetSelection;
  /** The Credit Log's name in each language a review writes it in, and its date column. */
  likelyCreditLog: { names: string[]; dateColumn: number };
}

export function paneSheetSelection(settings: DocumentSettings): PaneSheetSelection {
  const labels = allOutputLabels(DEFAULT_POLICY);
  const inputs = {
    synonyms: headerSynonyms(),
    // Saved choices keep columns only; the sheet is found again by its name or headers.
    mapping: {},
    signatures: ownedSignatures(labels),
  };
  return {
    selectSheets: (bands) => sheetsToRead(withRecordedOutputMap(bands, settings), inputs),
    likelyCreditLog: {
      names: labels.map((language) => language.sheets.creditLog),
      dateColumn: LOG_DATE_COLUMN,
    },
  };
}
