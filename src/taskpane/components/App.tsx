/** The pane: Review, Aging, Collections, Trends and Policy tabs, and the explain panel for the chosen customer. */
import { Tab, TabList } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import { reviewedResult } from "../flow/review-state";
import { useReview } from "../hooks/use-review";
import { useSelectedCustomer } from "../hooks/use-selected-customer";
import { usePaneLanguage, usePaneServices } from "../pane-context";
import { FilePicker } from "./file/FilePicker";
import { ReviewTab } from "./review/ReviewTab";
import { Notice } from "./common/Notice";

// Screens beyond the review are loaded when first shown, keeping the pane's first load small.
const AgingTab = lazy(() =>
  import("./aging/AgingTab").then((module) => ({ default: module.AgingTab }))
);
const CollectionsTab = lazy(() =>
  import("./collections/CollectionsTab").then((module) => ({ default: module.CollectionsTab }))
);
const TrendsTab = lazy(() =>
  import("./trends/TrendsTab").then((module) => ({ default: module.TrendsTab }))
);
const PolicyTab = lazy(() =>
  import("./policy/PolicyTab").then((module) => ({ default: module.PolicyTab }))
);
const ExplainPanel = lazy(() =>
  import("./explain/ExplainPanel").then((module) => ({ default: module.ExplainPanel }))
);

function Loading({ children }: { children: ReactNode }) {
  const { t } = usePaneLanguage();
  return <Suspense fallback={<p role="status">{t("app.loading")}</p>}>{children}</Suspense>;
}

const PANE_TABS = ["review", "aging", "collections", "trends", "policy"] as const;
type PaneTab = (typeof PANE_TABS)[number];

function isPaneTab(value: unknown): value is PaneTab {
  return PANE_TABS.some((tab) => tab === value);
}

export function App() {
  const { runner, settings, selection: selectionSource, host, chooseFile } = usePaneServices();
  const { t, locale } = usePaneLanguage();
  const controller = useReview(runner, settings, locale);
  const prepared = reviewedResult(controller.state);
  const selection = useSelectedCustomer(
    selectionSource,
    prepared ? prepared.result : null,
    prepared ? prepared.layout.customers.sheet : null
  );
  const [tab, setTab] = useState<PaneTab>("review");
  const [policyOpened, setPolicyOpened] = useState(false);
  const explainRef = useRef<HTMLDivElement>(null);

  // A newly chosen customer is explained at the top of the pane: bring it into view.
  useEffect(() => {
    if (selection.customerId !== null) explainRef.current?.scrollIntoView?.({ block: "start" });
  }, [selection.customerId]);

  const watchDetail =
    selection.watchError instanceof Error
      ? selection.watchError.message
      : String(selection.watchError);

  return (
    <main>
      <h1>{t("app.title")}</h1>
      {chooseFile && <FilePicker onChoose={chooseFile} />}
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => {
          if (!isPaneTab(data.value)) return;
          setTab(data.value);
          if (data.value === "policy") setPolicyOpened(true);
        }}
        aria-label={t("app.tabs")}
        // Five tabs are wider than Excel's narrowest pane (270 px): they wrap instead of scrolling.
        style={{ flexWrap: "wrap" }}
      >
        <Tab value="review">{t("tab.review")}</Tab>
        <Tab value="aging">{t("tab.aging")}</Tab>
        <Tab value="collections">{t("tab.collections")}</Tab>
        <Tab value="trends">{t("tab.trends")}</Tab>
        <Tab value="policy">{t("tab.policy")}</Tab>
      </TabList>

      {selection.watchError !== null && (
        <Notice intent="warning">
          {t("explain.selectionUnavailable", { detail: watchDetail })}
        </Notice>
      )}
      <div ref={explainRef}>
        {prepared && selection.customerId !== null && (
          <ExplainPanel
            prepared={prepared}
            customerId={selection.customerId}
            onClose={selection.clear}
          />
        )}
      </div>
      {prepared && selection.customerId === null && (
        <p>{host === "excel" ? t("explain.hintExcel") : t("explain.hintFile")}</p>
      )}

      <div hidden={tab !== "review"}>
        <ReviewTab controller={controller} onSelectCustomer={selection.select} />
      </div>
      {tab === "aging" && (
        <Loading>
          <AgingTab prepared={prepared} onSelectCustomer={selection.select} />
        </Loading>
      )}
      {tab === "collections" && (
        <Loading>
          <CollectionsTab prepared={prepared} onSelectCustomer={selection.select} />
        </Loading>
      )}
      {tab === "trends" && (
        <Loading>
          <TrendsTab prepared={prepared} />
        </Loading>
      )}
      {/* Kept mounted once opened, so unsaved policy edits survive a look at another tab. */}
      {policyOpened && (
        <div hidden={tab !== "policy"}>
          <Loading>
            <PolicyTab inUse={prepared ? prepared.policy : null} prepared={prepared} />
          </Loading>
        </div>
      )}
    </main>
  );
}
