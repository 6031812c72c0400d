import "./setup-dom";
/**
 * A grid in a pane narrower than it needs becomes a list, row for row: each item keeps its key
 * and test id and shows every cell under its column's header. At or above its width, and while
 * the width is unknown, it stays a grid. The pane's width comes from a ResizeObserver stand-in.
 */
import { act, cleanup, render, screen, within } from "@testing-library/react";
import { createTableColumn } from "@fluentui/react-components";
import { DataTableGrid } from "../../src/taskpane/components/common/DataTableGrid";
import { WideGrid } from "../../src/taskpane/components/common/WideGrid";

interface Limit {
  id: string;
  name: string;
  limit: string;
}

const ITEMS: Limit[] = [
  { id: "C1", name: "Acme Trading", limit: "1,200,000" },
  { id: "C2", name: "上海华信", limit: "300,000" },
];

const COLUMNS = [
  createTableColumn<Limit>({
    columnId: "name",
    renderHeaderCell: () => "Customer",
    renderCell: (item) => item.name,
  }),
  createTableColumn<Limit>({
    columnId: "limit",
    renderHeaderCell: () => "Credit limit",
    renderCell: (item) => item.limit,
  }),
];

/** Reports `width` for every element observed, as a browser does once it has laid them out. */
function paneWidth(width: number | null): void {
  class FixedWidthObserver {
    constructor(private readonly report: ResizeObserverCallback) {}
    observe(target: Element): void {
      if (width === null) return;
      const entry = { target, contentRect: { width } } as unknown as ResizeObserverEntry;
      this.report([entry], this as unknown as ResizeObserver);
    }
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: FixedWidthObserver });
}

function renderLimits(): void {
  render(
    <WideGrid minWidth={640}>
      <DataTableGrid
        items={ITEMS}
        columns={COLUMNS}
        ariaLabel="Limits"
        rowKey={(item) => item.id}
        rowTestIdPrefix="limit-"
      />
    </WideGrid>
  );
}

const observerBefore = window.ResizeObserver;
afterEach(() => Object.assign(window, { ResizeObserver: observerBefore }));

describe("a wide grid in a narrow pane", () => {
  it("at 270 px, lists each row with its cells under their headers", async () => {
    paneWidth(270);
    await act(async () => renderLimits());
    expect(screen.queryByRole("grid")).toBeNull();
    const list = screen.getByRole("list", { name: "Limits" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.getAttribute("data-testid"))).toEqual(["limit-C1", "limit-C2"]);
    expect(
      within(items[1])
        .getAllByRole("term")
        .map((term) => term.textContent)
    ).toEqual(["Customer", "Credit limit"]);
    expect(
      within(items[1])
        .getAllByRole("definition")
        .map((value) => value.textContent)
    ).toEqual(["上海华信", "300,000"]);
  });

  it("at its own width or wider, and before the width is known, stays a grid", async () => {
    for (const width of [640, 900, null]) {
      paneWidth(width);
      await act(async () => renderLimits());
      expect({ width, grid: screen.queryAllByRole("grid", { name: "Limits" }).length }).toEqual({
        width,
        grid: 1,
      });
      cleanup();
    }
  });
});
