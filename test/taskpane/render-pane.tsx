/** Renders the whole pane with injected fakes, as `index.tsx` does with the real ports. */
import { render, type RenderResult } from "@testing-library/react";
import { serialFromYmd } from "../../src/engine/dates";
import type { SerialDate } from "../../src/engine/types";
import { App } from "../../src/taskpane/components/App";
import { PaneProviders } from "../../src/taskpane/components/PaneProviders";
import type { ReviewPipeline } from "../../src/taskpane/flow/review-pipeline";
import { createLocalRunner } from "../../src/taskpane/flow/review-runner";
import type { PaneLocale } from "../../src/taskpane/i18n/pane-locale";
import type { PaneServices } from "../../src/taskpane/pane-context";
import type { WorkbookPort } from "../../src/taskpane/ports/workbook-port";

/** The as-of date of every pane test: 2026-06-30. */
export const TEST_TODAY: SerialDate = serialFromYmd(2026, 6, 30);

export interface RenderPaneOptions {
  port: WorkbookPort;
  pipeline: ReviewPipeline;
  locale?: PaneLocale;
  host?: PaneServices["host"];
  extra?: Partial<PaneServices>;
}

export function renderPane({
  port,
  pipeline,
  locale = "en-US",
  host = "excel",
  extra,
}: RenderPaneOptions): RenderResult {
  const watch = port.onSelectionChanged;
  const services: PaneServices = {
    settings: port.settings,
    runner: createLocalRunner(port, async () => pipeline),
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
