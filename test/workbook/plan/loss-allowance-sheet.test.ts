/**
 * The Loss Allowance sheet shows the roll rates as the JSON does: a number per bucket, 0 where
 * nothing rolled or was paid, with the basis (what rolled or was paid) in the last column.
 * Month-end example on the default edges: K owes 2,900 in 1–30 on 06-30, 2,800 in 61–90 on
 * 07-31 (skipped 31–60: rolled) and 2,800 in 91–180 on 08-31 (61–90 + 31 days is 92..121 days,
 * only 91–180: rolled). Roll rates: 1–30 2,800 / 2,900; 61–90 2,800 / 2,800; the other buckets
 * have a basis of 0 and show 0.
 */
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { analyseHistory } from "../../../src/engine/history/history-analysis";
import type { Snapshot } from "../../../src/engine/history/snapshot";
import { outputLabels } from "../../../src/i18n/output-labels";
import {
  buildLossAllowanceSheet,
  MATRIX_HEADER_ROW,
} from "../../../src/workbook/plan-loss-allowance-sheet";
import { snapshotOn, snapshotRow } from "../../engine/history/snapshot-builders";

const EDGES = DEFAULT_POLICY.aging.edges;

const snapshot = (iso: string, amounts: number[]): Snapshot =>
  snapshotOn(iso, [snapshotRow("K", amounts)]);

test("the roll rate column holds numbers and the basis column what rolled or was paid", () => {
  const history = [
    snapshot("2026-06-30", [0, 2900, 0, 0, 0, 0]),
    snapshot("2026-07-31", [0, 0, 0, 2800, 0, 0]),
  ];
  const current = snapshot("2026-08-31", [0, 0, 0, 0, 2800, 0]);
  const labels = outputLabels("en-US", DEFAULT_POLICY);
  const sheet = buildLossAllowanceSheet({
    analysis: analyseHistory(history, current, DEFAULT_POLICY),
    asOf: current.asOf,
    edges: EDGES,
    labels,
    policy: DEFAULT_POLICY,
    sheetName: { name: "Loss Allowance", knownNames: ["Loss Allowance"] },
  });
  const header = sheet.cells[MATRIX_HEADER_ROW - 1];
  expect(header[3]).toBe(labels.lossAllowance.rollRate);
  expect(header[9]).toBe(labels.lossAllowance.rollRateBasis);
  const matrix = sheet.cells.slice(MATRIX_HEADER_ROW, MATRIX_HEADER_ROW + EDGES.length + 1);
  expect(matrix.map((line) => line[3])).toEqual([0, 2800 / 2900, 0, 1, 0, 0]);
  expect(matrix.map((line) => line[9])).toEqual([0, 2900, 0, 2800, 0, 0]);
});
