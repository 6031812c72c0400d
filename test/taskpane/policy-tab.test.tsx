import "./setup-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { createFakePort } from "./fake-port";
import { renderPane, reviewNotExpected } from "./render-pane";

/** The Policy tab is loaded when first opened. */
async function openPolicyTab() {
  fireEvent.click(screen.getByRole("tab", { name: "Policy" }));
  await screen.findByRole("form", { name: "Credit policy" });
}

/** The Field wrapping the input labelled `label`. */
function fieldOf(label: string): HTMLElement {
  const input = screen.getByLabelText(label);
  const field = input.closest(".fui-Field");
  if (!(field instanceof HTMLElement)) throw new Error(`No field around ${label}`);
  return field;
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe("policy tab", () => {
  it("shows the default weights summing to 100 in three groups of 50, 30 and 20", async () => {
    renderPane({ port: createFakePort(), review: reviewNotExpected });
    await openPolicyTab();
    expect(screen.getByTestId("weight-total")).toHaveTextContent("100");
    expect(screen.getByText("Credit and financial: 50")).toBeInTheDocument();
    expect(screen.getByText("Customer's own: 30")).toBeInTheDocument();
    expect(screen.getByText("Priority to us: 20")).toBeInTheDocument();
    expect(screen.getByText("The weights sum to 100.")).toBeInTheDocument();
  });

  it("names the sum on the total field when the weights sum to 99, and refuses to save", async () => {
    const port = createFakePort();
    renderPane({ port, review: reviewNotExpected });
    await openPolicyTab();
    // Payment record 12 → 11: 100 − 1 = 99; the credit & financial group drops from 50 to 49.
    type("Payment record", "11");
    expect(screen.getByTestId("weight-total")).toHaveTextContent("99");
    expect(screen.getByText("Credit and financial: 49")).toBeInTheDocument();
    const total = screen.getByTestId("weight-total").closest(".fui-Field");
    expect(total).toHaveTextContent("The weights sum to 99; they must sum to 100.");
    expect(screen.getByRole("button", { name: "Save in this workbook" })).toBeDisabled();
    expect(port.settingsNow().policy).toBeUndefined();
  });

  it("marks aging edges that do not rise on the edges field", async () => {
    renderPane({ port: createFakePort(), review: reviewNotExpected });
    await openPolicyTab();
    type("Bucket edges (days overdue)", "0, 30, 20, 90");
    expect(fieldOf("Bucket edges (days overdue)")).toHaveTextContent(
      "20 comes after 30: the edges must rise, with no overlap."
    );
    type("Bucket edges (days overdue)", "0, 30, abc");
    expect(fieldOf("Bucket edges (days overdue)")).toHaveTextContent(
      "Enter numbers separated by commas."
    );
  });

  it("marks a negative multiplier on its own band's field", async () => {
    renderPane({ port: createFakePort(), review: reviewNotExpected });
    await openPolicyTab();
    const band2 = screen.getByRole("group", { name: "Band 2" });
    fireEvent.change(within(band2).getByLabelText("Multiplier of the base (%)"), {
      target: { value: "-50" },
    });
    expect(within(band2).getByText("Must not be negative.")).toBeInTheDocument();
    const band1 = screen.getByRole("group", { name: "Band 1" });
    expect(within(band1).queryByText("Must not be negative.")).not.toBeInTheDocument();
  });

  it("saves a valid policy in the document's settings and resets to the defaults", async () => {
    const port = createFakePort();
    renderPane({ port, review: reviewNotExpected });
    await openPolicyTab();
    // Move one point of weight from payment record to bank credit: still 100.
    type("Payment record", "11");
    type("Bank credit", "9");
    expect(screen.getByTestId("weight-total")).toHaveTextContent("100");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save in this workbook" }));
    });
    await waitFor(() => expect(port.settingsNow().policy).toBeDefined());
    const saved = port.settingsNow().policy;
    expect(saved?.score.factors[0]).toEqual({
      key: "paymentRecord",
      group: "creditFinancial",
      weight: 11,
    });
    expect(saved?.score.factors[1]).toEqual({
      key: "bankCredit",
      group: "creditFinancial",
      weight: 9,
    });

    fireEvent.click(screen.getByRole("button", { name: "Reset to defaults" }));
    expect(screen.getByLabelText("Payment record")).toHaveValue(
      String(DEFAULT_POLICY.score.factors[0].weight)
    );
  });

  it("shows a multiplier of 3 as 300 % and stores 250 % as 2.5", async () => {
    const port = createFakePort();
    renderPane({ port, review: reviewNotExpected });
    await openPolicyTab();
    const band1 = screen.getByRole("group", { name: "Band 1" });
    const multiplier = within(band1).getByLabelText("Multiplier of the base (%)");
    expect(multiplier).toHaveValue("300");
    fireEvent.change(multiplier, { target: { value: "250" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save in this workbook" }));
    });
    await waitFor(() => expect(port.settingsNow().policy?.limit.bands[0].multiplier).toBe(2.5));
  });
});
