import "./setup-dom";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { createFakePort } from "./fake-port";
import { fixtureWorkbook } from "./fixture-workbook";
import { renderPane } from "./render-pane";

/** "Client Code" is no synonym of the customer id: the reader must ask instead of guessing. */
const UNRECOGNISED_ID = "Client Code";

async function clickRun() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Run review" }));
  });
}

describe("mapping form", () => {
  it("asks for the missing id column, remembers the choice in the settings, and the next run uses it", async () => {
    const port = createFakePort({ raw: fixtureWorkbook({ idHeader: UNRECOGNISED_ID }) });
    const first = renderPane({ port });
    await clickRun();
    await screen.findByRole("heading", { name: "Which column holds…" });

    const dropdown = screen.getByRole("combobox", { name: "Customer ID on sheet Customers" });
    fireEvent.click(dropdown);
    fireEvent.click(await screen.findByRole("option", { name: `${UNRECOGNISED_ID} (column A)` }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Use these columns and run" }));
    });

    await screen.findByRole("heading", { name: "Preview: what the review will write" });
    expect(port.settingsNow().columnMapping?.customers?.columns).toEqual({ id: 1 });
    expect(port.settingsNow().columnMapping?.customers?.sheet).toBe("Customers");
    // The header is kept with the number, so a column inserted before it cannot shift the choice.
    expect(port.settingsNow().columnMapping?.customers?.columnHeaders).toEqual({
      id: UNRECOGNISED_ID,
    });
    expect(screen.getByTestId("grade-count-A")).toHaveTextContent("2");
    first.unmount();

    // The next person opening the workbook: the saved choice is used, no question asked.
    const readsBefore = port.reads;
    renderPane({ port });
    await clickRun();
    await screen.findByRole("heading", { name: "Preview: what the review will write" });
    expect(port.reads).toBe(readsBefore + 1);
    expect(screen.queryByRole("heading", { name: "Which column holds…" })).not.toBeInTheDocument();
  });

  it("refuses one column for two fields at the pick, naming the other field, with Run disabled", async () => {
    const raw = fixtureWorkbook({ idHeader: UNRECOGNISED_ID });
    const customers = raw.sheets.find((sheet) => sheet.name === "Customers");
    if (!customers) throw new Error("the fixture has a Customers sheet");
    customers.cells[0][1] = "Client Label"; // no synonym of the name either: both are asked
    const port = createFakePort({ raw });
    renderPane({ port });
    await clickRun();
    await screen.findByRole("heading", { name: "Which column holds…" });
    const choose = async (field: string, option: string) => {
      fireEvent.click(screen.getByRole("combobox", { name: `${field} on sheet Customers` }));
      fireEvent.click(await screen.findByRole("option", { name: option }));
    };
    const run = () => screen.getByRole("button", { name: "Use these columns and run" });

    await choose("Customer ID", `${UNRECOGNISED_ID} (column A)`);
    await choose("Customer name", `${UNRECOGNISED_ID} (column A)`);
    expect(
      await screen.findByText("Column A is already chosen for Customer ID: choose another column.")
    ).toBeInTheDocument();
    expect(run()).toBeDisabled();

    await choose("Customer name", "Client Label (column B)");
    expect(screen.queryByText(/is already chosen for/)).not.toBeInTheDocument();
    expect(run()).toBeEnabled();
    await act(async () => {
      fireEvent.click(run());
    });
    await screen.findByRole("heading", { name: "Preview: what the review will write" });
    expect(port.settingsNow().columnMapping?.customers?.columns).toEqual({ id: 1, name: 2 });
  });

  it("keeps Run disabled until every asked field has a column", async () => {
    const port = createFakePort({ raw: fixtureWorkbook({ idHeader: UNRECOGNISED_ID }) });
    renderPane({ port });
    await clickRun();
    await screen.findByRole("heading", { name: "Which column holds…" });
    expect(screen.getByRole("button", { name: "Use these columns and run" })).toBeDisabled();
    await waitFor(() => expect(port.settingsNow().columnMapping).toBeUndefined());
  });
});
