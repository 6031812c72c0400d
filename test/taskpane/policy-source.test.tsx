import "./setup-dom";
import { act, fireEvent, screen } from "@testing-library/react";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { setPolicyValue } from "../../src/taskpane/policy-editor/set-policy-value";
import { policyToRows } from "../../src/workbook/policy-rows";
import type { RawSheet } from "../../src/workbook/raw";
import { createFakePort } from "./fake-port";
import { fixtureWorkbook } from "./fixture-workbook";
import { renderPane } from "./render-pane";

async function runReview() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Run review" }));
  });
}

/** The fixture with a Policy sheet whose grade-A band multiplier is 250 % instead of 300 %. */
function workbookWithPolicySheet() {
  const policy = setPolicyValue(DEFAULT_POLICY, "limit.bands.0.multiplier", 2.5);
  const policySheet: RawSheet = {
    name: "Policy",
    cells: [["Key", "Value"], ...policyToRows(policy)],
    firstRow: 1,
    firstColumn: 1,
  };
  const raw = fixtureWorkbook();
  return { ...raw, sheets: [...raw.sheets, policySheet] };
}

describe("which policy a review runs", () => {
  it("uses the workbook's Policy sheet when nothing is saved: C1's limit is 400,000 × 250 % = 1,000,000", async () => {
    const port = createFakePort({ raw: workbookWithPolicySheet() });
    renderPane({ port });
    await runReview();
    await screen.findByText("The workbook's Policy sheet was used.");
    expect(screen.getByTestId("change-row-C1")).toHaveTextContent("600,000.00 → 1,000,000.00");
  });

  it("prefers the policy saved with the document: a new-customer base of 200,000 gives C4 200,000 × 150 % = 300,000", async () => {
    const saved = setPolicyValue(DEFAULT_POLICY, "limit.newCustomerBase", 200000);
    const port = createFakePort({ raw: workbookWithPolicySheet(), settings: { policy: saved } });
    renderPane({ port });
    await runReview();
    await screen.findByText("The policy saved with this workbook was used.");
    expect(screen.getByTestId("change-row-C4")).toHaveTextContent("– → 300,000.00");
  });

  it("refuses to run on a saved policy that is no longer valid, and says where to correct it", async () => {
    const broken = setPolicyValue(DEFAULT_POLICY, "score.factors.0.weight", 11);
    const port = createFakePort({ raw: fixtureWorkbook(), settings: { policy: broken } });
    renderPane({ port });
    await runReview();
    const title = await screen.findByText(
      "The saved policy is not valid. Correct it on the Policy tab."
    );
    expect(title.closest(".fui-MessageBar")).toHaveTextContent(/weights sum to 99/);
    expect(port.applied).toHaveLength(0);
  });
});
