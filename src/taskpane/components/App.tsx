/** The pane: Review, Aging and Policy tabs, and the explain panel for the chosen customer. */
import { MessageBar, MessageBarBody, Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import { reviewedResult } from "../flow/review-state";
import { useReview } from "../hooks/use-review";
import { useSelectedCustomer } from "../hooks/use-selected-customer";
import { usePaneLanguage, usePaneServices } from "../pane-context";
import { AgingTab } from "./aging/AgingTab";
import { FilePicker } from "./file/FilePicker";
import { ExplainPanel } from "./explain/ExplainPanel";
import { PolicyTab } from "./policy/PolicyTab";
import { ReviewTab } from "./review/ReviewTab";

type PaneTab = "review" | "aging" | "policy";

export function App() {
  const { port, pipeline, host, chooseFile } = usePaneServices();
  const { t, locale } = usePaneLanguage();
  const controller = useReview(port, pipeline, locale);
  const prepared = reviewedResult(controller.state);
  const selection = useSelectedCustomer(
    port,
    prepared ? prepared.result : null,
    prepared ? prepared.customerSheet : null
  );
  const [tab, setTab] = useState<PaneTab>("review");

  return (
    <main className="credit-desk">
      <h1>{t("app.title")}</h1>
      {chooseFile && <FilePicker onChoose={chooseFile} />}
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as PaneTab) /* the values below are PaneTab */}
        aria-label={t("app.tabs")}
      >
        <Tab value="review">{t("tab.review")}</Tab>
        <Tab value="aging">{t("tab.aging")}</Tab>
        <Tab value="policy">{t("tab.policy")}</Tab>
      </TabList>
      <div hidden={tab !== "review"}>
        <ReviewTab controller={controller} onSelectCustomer={selection.select} />
      </div>
      {tab === "aging" && <AgingTab prepared={prepared} onSelectCustomer={selection.select} />}
      {/* Kept mounted so unsaved policy edits survive a look at another tab. */}
      <div hidden={tab !== "policy"}>
        <PolicyTab inUse={prepared ? prepared.policy : null} />
      </div>
      {selection.watchError !== null && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("explain.selectionUnavailable", {
              detail:
                selection.watchError instanceof Error
                  ? selection.watchError.message
                  : String(selection.watchError),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {prepared && selection.customerId !== null ? (
        <ExplainPanel
          prepared={prepared}
          customerId={selection.customerId}
          onClose={selection.clear}
        />
      ) : (
        prepared && (
          <p className="hint">
            {host === "excel" ? t("explain.hintExcel") : t("explain.hintFile")}
          </p>
        )
      )}
    </main>
  );
}
