import { DEFAULT_POLICY } from "../../src/engine/policy";
import "./setup-dom";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { outputLabels } from "../../src/i18n/output-labels";
import { createFakePort } from "./fake-port";
import { fixtureWorkbook } from "./fixture-workbook";
import { renderPane, reviewNotExpected } from "./render-pane";

describe("languages", () => {
  it.each([
    ["en-US", "Run review", "Aging", "Policy"],
    ["zh-CN", "运行评审", "账龄", "信用政策"],
    ["zh-TW", "執行評審", "帳齡", "信用政策"],
  ] as const)("renders in %s with its own words", (locale, run, aging, policy) => {
    renderPane({ port: createFakePort(), review: reviewNotExpected, locale });
    expect(screen.getByRole("button", { name: run })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: aging })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: policy })).toBeInTheDocument();
  });

  it("switching the language changes the visible words and is saved in the document's settings", async () => {
    const port = createFakePort();
    renderPane({ port, review: reviewNotExpected });
    fireEvent.click(screen.getByRole("combobox", { name: "Language" }));
    fireEvent.click(await screen.findByRole("option", { name: "繁體中文" }));
    expect(await screen.findByRole("button", { name: "執行評審" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Run review" })).not.toBeInTheDocument();
    await waitFor(() => expect(port.settingsNow().locale).toBe("zh-TW"));
  });

  it("starts in the language saved with the document rather than the host's", async () => {
    const port = createFakePort({ settings: { locale: "zh-CN" } });
    renderPane({ port, review: reviewNotExpected, locale: "en-US" });
    expect(await screen.findByRole("button", { name: "运行评审" })).toBeInTheDocument();
  });

  it("shows the preview in Simplified Chinese with the locale's words for reasons", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    renderPane({ port, locale: "zh-CN" });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "运行评审" }));
    });
    await screen.findByRole("heading", { name: "预览：评审将写入的内容" });
    expect(screen.getByTestId("change-row-C2")).toHaveTextContent("600,000.00 → 450,000.00");
    expect(screen.getByTestId("change-row-C2")).toHaveTextContent("90 天 → 60 天");
    expect(screen.getByTestId("change-row-C2")).toHaveTextContent(
      outputLabels("zh-CN", DEFAULT_POLICY).reasons.OVERDUE_60
    );
    expect(outputLabels("zh-CN", DEFAULT_POLICY).reasons.OVERDUE_60).toMatch(/逾期/);
  });
});
