/** Renders the whole pane with injected fakes, as `index.tsx` does with the real ports. */
import { render, type RenderResult } from "@testing-library/react";
import { serialFromYmd } from "../../src/engine/dates";
import type { SerialDate } from "../../src/engine/types";
import { App } from "../../src/taskpane/components/App";
import { PaneProviders } from "../../src/taskpane/components/PaneProviders";
import { reviewInPane, type ReviewInPane } from "../../src/taskpane/flow/pane-review";
import { createLocalRunner } from "../../src/taskpane/flow/review-runner";
import type { PaneLocale } from "../../src/taskpane/i18n/pane-locale";
import type { PaneServices } from "../../src/taskpane/pane-context";
import type { WorkbookPort } from "../../src/taskpane/ports/workbook-port";

/** For tests that never run a review: running one is a test bug. */
export const reviewNotExpected: ReviewInPane = () => {
  throw new Error("a review is not part of this test");
};

/** The as-of date of every pane test: 2026-06-30. */
export const TEST_TODAY: SerialDate = serialFromYmd(2026, 6, 30);

export interface RenderPaneOptions {
  port: WorkbookPort;
  /** The review the pane runs; the real one unless a test replaces it. */
  review?: ReviewInPane;
  locale?: PaneLocale;
  host?: PaneServices["host"];
  extra?: Partial<PaneServices>;
}

export function renderPane({
  port,
  review = reviewInPane,
  locale = "en-US",
  host = "excel",
  extra,
}: RenderPaneOptions): RenderResult {
  const watch = port.onSelectionChanged;
  const services: PaneServices = {
    settings: port.settings,
    runner: createLocalRunner(port, async () => review),
    selection: watch ? { onSelectionChanged: watch } : undefined,
    host,
    today: TEST_TODAY,
    ...extra,
  };
  return render(
    <PaneProviders services={services} initialLocale={locale}>
      <App />
    </PaneProviders>
  );
}
