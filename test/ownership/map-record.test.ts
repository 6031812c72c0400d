/**
 * Where the host records the map's name (a file: a hidden defined name; Excel: the document
 * settings), and the texts that prove output ours, held to what the plan really writes.
 */
import fc from "fast-check";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { recordingOutputMap, withRecordedOutputMap } from "../../src/excel/output-map-setting";
import { decodeSettings, encodeSettings } from "../../src/workbook/settings-codec";
import {
  OUTPUT_MAP_DEFINED_NAME,
  outputMapReference,
  readOutputMapName,
  sheetOfReference,
} from "../../src/file/output-map-name";
import { withDefinedName } from "../../src/file/package-writer/defined-names-xml";
import { allOutputLabels } from "../../src/i18n/output-labels";
import { buildOutputPlan } from "../../src/workbook/output-plan";
import { ownedSignatures } from "../../src/workbook/owned-signatures";
import type { OutputLabels } from "../../src/workbook/labels";
import { buildWriteProgram } from "../../src/excel/write-program";
import { INPUT, RESULT, firstRunLayout } from "../workbook/plan/review-fixture";
import { STATEMENT_WORDS } from "../../src/i18n/statement-words";

const WORKBOOK_OPEN =
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const SHEETS = '<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets>';
const WORKBOOK = `${WORKBOOK_OPEN}${SHEETS}<calcPr calcId="1"/></workbook>`;
const withHiddenDefinedName = (xml: string, name: string, formula: string): string =>
  withDefinedName(xml, { name, hidden: true, formula });
/** A workbook part holding just these defined names. */
const withNames = (names: string): string =>
  `${WORKBOOK_OPEN}${SHEETS}<definedNames>${names}</definedNames></workbook>`;

describe("a file records its map in a hidden defined name", () => {
  test("written before calcPr (schema order), read back, replaced rather than repeated", () => {
    const once = withHiddenDefinedName(WORKBOOK, OUTPUT_MAP_DEFINED_NAME, "'Map'!$A$1");
    expect(once).toBe(
      `${WORKBOOK_OPEN}${SHEETS}` +
        `<definedNames><definedName name="${OUTPUT_MAP_DEFINED_NAME}" hidden="1">'Map'!$A$1</definedName></definedNames>` +
        '<calcPr calcId="1"/></workbook>'
    );
    expect(readOutputMapName(once)).toBe("Map");
    const twice = withHiddenDefinedName(once, OUTPUT_MAP_DEFINED_NAME, "'Map (2)'!$A$1");
    expect(twice.split("definedName name=").length).toBe(2);
    expect(readOutputMapName(twice)).toBe("Map (2)");
  });

  test("joins the user's own defined names and leaves them as they were", () => {
    const user = WORKBOOK.replace(
      "<calcPr",
      '<definedNames><definedName name="Rates">A!$B$2</definedName></definedNames><calcPr'
    );
    const written = withHiddenDefinedName(user, OUTPUT_MAP_DEFINED_NAME, "'Map'!$A$1");
    expect(written).toContain('<definedName name="Rates">A!$B$2</definedName><definedName');
    expect(readOutputMapName(user)).toBeUndefined();
  });

  test("a name scoped to one sheet, a #REF! left by a deleted sheet, or none record no map", () => {
    expect(
      readOutputMapName(
        withNames(
          `<definedName name="${OUTPUT_MAP_DEFINED_NAME}" localSheetId="0">'M'!$A$1</definedName>`
        )
      )
    ).toBeUndefined();
    expect(
      readOutputMapName(
        withNames(`<definedName name="${OUTPUT_MAP_DEFINED_NAME}" hidden="1">#REF!</definedName>`)
      )
    ).toBeUndefined();
    expect(readOutputMapName(WORKBOOK)).toBeUndefined();
  });

  test("any sheet name goes through the reference and comes back (quotes doubled)", () => {
    expect(sheetOfReference("Plain!$A$1")).toBe("Plain");
    expect(sheetOfReference("'O''Brien map'!$A$1")).toBe("O'Brien map");
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), (name) => {
        expect(sheetOfReference(outputMapReference(name))).toBe(name);
      })
    );
  });
});

describe("Excel records its map in the document settings", () => {
  test("the map a plan writes is recorded, kept through the text form, and handed to the reader", () => {
    const plan = buildOutputPlan({
      statementWords: STATEMENT_WORDS,
      input: INPUT,
      result: RESULT,
      layout: firstRunLayout(),
      labels: allOutputLabels(DEFAULT_POLICY)[0] as OutputLabels,
      previousLog: [],
      policy: DEFAULT_POLICY,
    });
    const settings = recordingOutputMap({ locale: "zh-CN" }, plan);
    expect(settings).toEqual({ locale: "zh-CN", outputMap: "CreditDesk_Meta" });
    const decoded = decodeSettings(encodeSettings(settings));
    expect(decoded.settings.outputMap).toBe("CreditDesk_Meta");
    const raw = withRecordedOutputMap({ sheets: [], date1904: false }, decoded.settings);
    expect(raw.outputMapName).toBe("CreditDesk_Meta");
  });

  test("a setting that is not a sheet name is dropped and said", () => {
    const decoded = decodeSettings(JSON.stringify({ outputMap: "x".repeat(32) }));
    expect(decoded.settings.outputMap).toBeUndefined();
    expect(decoded.dropped).toEqual(["the saved output map was ignored: not a sheet name"]);
  });
});

describe("what proves output ours is what the plan writes", () => {
  test("each language's headers and owned sheets' A1 are among the signatures", () => {
    const signatures = ownedSignatures(allOutputLabels(DEFAULT_POLICY));
    for (const labels of allOutputLabels(DEFAULT_POLICY)) {
      const plan = buildOutputPlan({
        statementWords: STATEMENT_WORDS,
        input: INPUT,
        result: RESULT,
        layout: firstRunLayout(),
        labels: labels as OutputLabels,
        previousLog: [],
        policy: DEFAULT_POLICY,
      });
      for (const block of plan.columnBlocks) {
        block.keys.forEach((key, index) =>
          expect(signatures.headers[block.role].get(key)?.has(block.headers[index])).toBe(true)
        );
      }
      for (const sheet of plan.sheets)
        expect(signatures.firstCells[sheet.key].has(String(sheet.cells[0][0]))).toBe(true);
    }
  });
});

describe("the Office.js write program clears a broken block's proven cells", () => {
  test("each clear range becomes a clear and a conditional-format clear, before any cell is written", () => {
    const plan = buildOutputPlan({
      statementWords: STATEMENT_WORDS,
      input: INPUT,
      result: RESULT,
      layout: {
        ...firstRunLayout(),
        customers: { ...firstRunLayout().customers, strayOwnedRanges: ["H1:H6"] },
      },
      labels: allOutputLabels(DEFAULT_POLICY)[0] as OutputLabels,
      previousLog: [],
      policy: DEFAULT_POLICY,
    });
    const steps = buildWriteProgram(plan, [
      { name: "Customers", charts: [] },
      { name: "Receivables", charts: [] },
    ]).steps;
    const clear = steps.findIndex((step) => step.kind === "clearRange" && step.address === "H1:H6");
    const firstCells = steps.findIndex((step) => step.kind === "cells");
    expect(clear).toBeGreaterThanOrEqual(0);
    expect(clear).toBeLessThan(firstCells);
    expect(steps[clear + 1]).toEqual({
      kind: "clearConditionalFormats",
      sheet: "Customers",
      address: "H1:H6",
    });
  });
});
