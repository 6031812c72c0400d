/**
 * The pane's first load carries only the English problem words; the Chinese ones come with the
 * first review (`loadProblemWords`). Run in a fresh module registry, without the test setup's
 * preloading, as the pane starts.
 */
import type { Problem } from "../../src/engine/types";

const problem: Problem = {
  code: "MISSING_ID",
  severity: "error",
  place: { sheet: "Customers", row: 3, cell: "A3", header: "Customer ID", field: "customerId" },
  value: null,
  params: { variant: "customer", consequence: "rowSkipped" },
};

test("before loading, English words and a clear error for Chinese; after, the Chinese sentence", async () => {
  await jest.isolateModulesAsync(async () => {
    const { problemMessage } = await import("../../src/i18n/problem-messages");
    const { loadProblemWords } = await import("../../src/i18n/load-problem-words");
    expect(problemMessage(problem, "en-US")).toMatch(
      /^Customers!A3 \(Customer ID\): missing customer id/
    );
    expect(() => problemMessage(problem, "zh-CN")).toThrow(
      "The problem words of zh-CN are not loaded."
    );
    await loadProblemWords();
    expect(problemMessage(problem, "zh-CN")).toMatch(/^Customers!A3（Customer ID）：缺少客户编号/);
    expect(problemMessage(problem, "zh-TW")).toMatch(/缺少客戶編號/);
  });
});
