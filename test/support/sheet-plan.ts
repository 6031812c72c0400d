/**
 * An owned sheet's plan with nothing but what a test names: visible, replaced from row 1, no
 * formats, rules, widths, frozen rows or charts.
 */
import type { SheetPlan } from "../../src/workbook/plan";

export function bareSheetPlan(
  fields: Pick<SheetPlan, "key" | "name" | "cells"> & Partial<SheetPlan>
): SheetPlan {
  return {
    knownNames: [fields.name],
    visibility: "visible",
    mode: "replace",
    startRow: 1,
    numberFormats: [],
    conditionalFormats: [],
    boldRows: [],
    columnWidths: [],
    freezeRows: 0,
    charts: [],
    ...fields,
  };
}
