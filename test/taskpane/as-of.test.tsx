import "./setup-dom";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { serialFromYmd } from "../../src/engine/dates";
import { createFakePort } from "./fake-port";
import { fixtureWorkbook } from "./fixture-workbook";
import { renderPane, TEST_TODAY, reviewNotExpected } from "./render-pane";

describe("as-of date", () => {
  it("defaults to today and remembers a fixed month end chosen by the user", async () => {
    const port = createFakePort();
    renderPane({ port, review: reviewNotExpected });
    expect(screen.getByLabelText("As-of date")).toHaveValue("2026-06-30");
    fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2026-05-31" } });
    await waitFor(() =>
      expect(port.settingsNow().asOf).toEqual({ kind: "fixed", date: serialFromYmd(2026, 5, 31) })
    );
    fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2026-06-30" } });
    await waitFor(() => expect(port.settingsNow().asOf).toEqual({ kind: "today" }));
  });

  it("reopens on the remembered date and reviews as of it: orders dated after 2026-05-31 are left out and reported", async () => {
    const port = createFakePort({
      raw: fixtureWorkbook(),
      settings: { asOf: { kind: "fixed", date: serialFromYmd(2026, 5, 31) } },
    });
    renderPane({ port });
    await waitFor(() => expect(screen.getByLabelText("As-of date")).toHaveValue("2026-05-31"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Run review" }));
    });
    await screen.findByText("As of 2026-05-31, policy CP-2026.1.");
    expect(TEST_TODAY).toBe(serialFromYmd(2026, 6, 30));
    // C1's order of 2026-06-20, C2's of 06-20 and 06-10, C5's of 06-20 and 06-10: five later orders.
    expect(
      screen.getByRole("button", { name: "Order dated after the as-of date (5)" })
    ).toBeInTheDocument();
  });

  it("refuses to run without a date", () => {
    renderPane({ port: createFakePort(), review: reviewNotExpected });
    fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "" } });
    expect(screen.getByText("Enter the date the review is run for.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Run review" })).toBeDisabled();
  });
});
