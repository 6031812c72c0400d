/**
 * Task pane entry: inside Excel the pane works on the open workbook; in a plain browser (office.js
 * loaded outside Office) it works on an .xlsx the user chooses and offers the reviewed copy as a
 * download.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { serialFromLocalDate } from "../engine/dates";
import type { SerialDate } from "../engine/types";
import { detectHost } from "../excel/host";
import { undoesInOneStep } from "../excel/run";
import { resolveLocale } from "../i18n/locales";
import { App } from "./components/App";
import { PaneErrorBoundary } from "./components/PaneErrorBoundary";
import { PaneProviders } from "./components/PaneProviders";
import { isPaneLocale, type PaneLocale } from "./i18n/pane-locale";
import type { PaneServices } from "./pane-context";
import type { ReviewInPane } from "./flow/pane-review";
import { createLocalRunner } from "./flow/review-runner";
import { createMemorySettings } from "./ports/memory-settings";
import { saveBytesAsFile } from "./save-file";
import { spawnReviewWorker } from "./worker/spawn-review-worker";
import { createWorkerRunner } from "./worker/worker-runner";

function paneLocaleFor(tag: string | undefined): PaneLocale {
  const locale = resolveLocale(tag);
  return isPaneLocale(locale) ? locale : "en-US";
}

/** The review (reader, engine, planner), in its own chunk, fetched once when the first review runs. */
let reviewModule: Promise<ReviewInPane> | null = null;
function loadReview(): Promise<ReviewInPane> {
  reviewModule ??= import("./flow/pane-review").then((module) => module.reviewInPane);
  return reviewModule;
}

/** File mode: the review runs in a worker over the chosen file; the page only renders. */
function browserServices(today: SerialDate): PaneServices {
  const runner = createWorkerRunner(spawnReviewWorker);
  return {
    settings: createMemorySettings(),
    runner,
    host: "browser",
    today,
    chooseFile: (file) => runner.choose(file),
    download: async () => {
      const reviewed = runner.reviewed();
      if (reviewed) saveBytesAsFile(reviewed.bytes, reviewed.name);
    },
  };
}

/** In Excel only: the Office.js adapter is its own chunk, so file mode in a browser never loads it. */
async function excelServices(today: SerialDate): Promise<PaneServices> {
  const { createExcelPort } = await import("./ports/excel-port");
  const port = createExcelPort();
  return {
    settings: port.settings,
    runner: createLocalRunner(port, loadReview),
    selection: port,
    host: "excel",
    today,
    undoInOneStep: undoesInOneStep(),
  };
}

async function start(container: HTMLElement): Promise<void> {
  const host = await detectHost();
  // Today on the user's own calendar is the default as-of date, as in the functions.
  const today = serialFromLocalDate(new Date());
  const services = host === "excel" ? await excelServices(today) : browserServices(today);
  const locale = paneLocaleFor(
    host === "excel" ? Office.context.displayLanguage : navigator.language
  );
  createRoot(container).render(
    <StrictMode>
      <PaneErrorBoundary
        locale={locale}
        onError={(error, info) => console.error(error, info.componentStack)}
      >
        <PaneProviders services={services} initialLocale={locale}>
          <App />
        </PaneProviders>
      </PaneErrorBoundary>
    </StrictMode>
  );
}

const root = document.getElementById("root");
if (root) {
  start(root).catch((error: unknown) => {
    // Nothing could be rendered: the host's console is the only place left to say why.
    console.error(error);
    root.textContent = error instanceof Error ? error.message : String(error);
  });
}
