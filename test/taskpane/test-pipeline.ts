/** The real review pipeline as the pane's entry assembles it. */
import { createReviewPipeline } from "../../src/taskpane/flow/real-pipeline";
import type { ReviewPipeline } from "../../src/taskpane/flow/review-pipeline";
import type { Grade, ReasonCode, Status } from "../../src/engine/types";
import type { LogEntry } from "../../src/workbook/layout";
import type { RawSheet } from "../../src/workbook/raw";

/** Reads the fixture's Credit Log by position (the columns of CREDIT_LOG_COLUMNS). */
function readLogByPosition(sheet: RawSheet): { entries: LogEntry[]; problems: [] } {
  const entries = sheet.cells.slice(1).map(
    (row): LogEntry => ({
      reviewDate: Number(row[0]),
      policyVersion: String(row[1]),
      customerId: String(row[2]),
      customerName: String(row[3]),
      score: typeof row[4] === "number" ? row[4] : null,
      grade: typeof row[5] === "string" && row[5] !== "" ? (row[5] as Grade) : null,
      creditLimit: Number(row[6]),
      termsDays: Number(row[7]),
      status: String(row[8]) as Status,
      reasons: String(row[9] ?? "")
        .split(",")
        .filter((code) => code !== "") as ReasonCode[],
    })
  );
  return { entries, problems: [] };
}

export function testPipeline(): ReviewPipeline {
  return createReviewPipeline({
    readCreditLog: readLogByPosition,
    readPolicySheet: () => ({ policy: null, problems: [] }),
    policySheetNames: ["Policy"],
  });
}
