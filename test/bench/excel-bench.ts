/**
 * The Office.js adapter's figures: a review of 100,000 receivables and 5,000 customers read,
 * reviewed, planned and applied through the recording fake of the Excel API, with the real
 * engine (`review()`) and output plan (`buildOutputPlan()`), and the same for 1,000 receivables:
 * round trips are taken as the size needs, so the small review takes fewer (both at most 12, no
 * request over 4 MB). Round trips and request sizes are what Excel would see; the read and
 * apply times are the fake's, not Excel's.
 */
import { REQUEST_BYTE_BUDGET } from "../../src/excel/request-budget";
import { largeBook } from "../excel/large-book";
import { reviewThroughExcel } from "../excel/review-through-excel";

const MB = 1_000_000;

function ms(value: number): string {
  return `${Math.round(value).toLocaleString("en-US")} ms`;
}

export async function benchExcelFlow(): Promise<string[]> {
  const large = largeBook({ customers: 5_000, receivables: 100_000 });
  const run = await reviewThroughExcel(large);
  const small = largeBook({ customers: 50, receivables: 1_000 });
  const smallRun = await reviewThroughExcel(small);
  const readBytes = large.syncs
    .slice(0, run.readRoundTrips)
    .reduce((sum, sync) => sum + sync.bytes, 0);
  const writeBytes = large.syncs
    .slice(run.readRoundTrips)
    .reduce((sum, sync) => sum + sync.bytes, 0);
  return [
    `Excel flow, 100,000 receivables × 5,000 customers: map + review + plan ${ms(run.computeMs)} of compute; ` +
      `${large.roundTrips} round trips (read ${run.readRoundTrips}, apply ${run.applyRoundTrips}), ` +
      `largest request ${(large.largestRequest / MB).toFixed(2)} MB of ${(REQUEST_BYTE_BUDGET / MB).toFixed(2)} MB`,
    `Excel flow, 1,000 receivables × 50 customers: ${small.roundTrips} round trips (read ${smallRun.readRoundTrips}, apply ${smallRun.applyRoundTrips}), ` +
      `largest request ${(small.largestRequest / MB).toFixed(2)} MB`,
    `  read ${(readBytes / MB).toFixed(1)} MB of values (no number formats), wrote ${(writeBytes / MB).toFixed(1)} MB; ` +
      `fake read ${ms(run.readMs)}, fake apply ${ms(run.applyMs)}`,
    `  per round trip (MB): ${large.syncs.map((sync) => (sync.bytes / MB).toFixed(2)).join(" · ")}`,
    "  (real review() and buildOutputPlan(); round trips counted by the recording fake of the Excel API)",
  ];
}
