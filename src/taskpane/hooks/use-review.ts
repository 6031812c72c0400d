/**
 * The review screen's controller: runs the flow through the injected runner, owns the state
 * through a reducer, and keeps the AbortController that Cancel fires.
 */
import { loadProblemWords } from "../../i18n/load-problem-words";
import { useCallback, useEffect, useReducer, useRef } from "react";
import type { SerialDate } from "../../engine/types";
import { describeFailure } from "../flow/describe-failure";
import { isAbortError } from "../../workbook/cancelled";
import type { ReviewRunner } from "../flow/review-runner";
import { INITIAL_REVIEW_STATE, reviewReducer, type ReviewState } from "../flow/review-state";
import { withColumnChoice } from "../ports/pane-settings";
import type { ProgressUpdate, SettingsPort } from "../ports/workbook-port";
import type { SheetRole } from "../../workbook/fields";

export interface ColumnChoice {
  role: SheetRole;
  sheet: string;
  field: string;
  column: number;
  /** The column's header when it was chosen, saved so a column inserted later cannot shift it. */
  header?: string;
}

export interface ReviewController {
  state: ReviewState;
  run(asOf: SerialDate): Promise<void>;
  apply(): Promise<void>;
  cancel(): void;
  /** Remembers the chosen columns in the document's settings, then runs again with them. */
  chooseColumns(choices: ColumnChoice[], asOf: SerialDate): Promise<void>;
  reset(): void;
}

export function useReview(
  runner: ReviewRunner,
  settingsPort: SettingsPort,
  locale: string
): ReviewController {
  const [state, dispatch] = useReducer(reviewReducer, INITIAL_REVIEW_STATE);
  const controllerRef = useRef<AbortController | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  // A pane closed mid-review must not keep reading.
  useEffect(() => () => controllerRef.current?.abort(), []);

  const onProgress = useCallback(
    (progress: ProgressUpdate) => dispatch({ type: "progressed", progress }),
    []
  );

  const run = useCallback(
    async (asOf: SerialDate) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      dispatch({ type: "started" });
      try {
        // Problems exist only after a review: their Chinese words come with the first one.
        const [settings] = await Promise.all([settingsPort.load(), loadProblemWords()]);
        const outcome = await runner.prepare({
          asOf,
          locale,
          mapping: settings.columnMapping ?? {},
          savedPolicy: settings.policy ?? null,
          signal: controller.signal,
          onProgress,
        });
        if (controller.signal.aborted || controllerRef.current !== controller) return;
        if (outcome.kind === "mapping") {
          dispatch({
            type: "mappingNeeded",
            requests: outcome.requests,
            problems: outcome.problems,
          });
        } else if (outcome.kind === "refused") {
          dispatch({ type: "failed", failure: outcome.failure });
        } else {
          dispatch({ type: "prepared", prepared: outcome.prepared });
        }
      } catch (error) {
        // A run replaced by a newer one ends quietly: the newer run owns the screen.
        if (controllerRef.current !== controller) return;
        dispatch(
          isAbortError(error)
            ? { type: "cancelled" }
            : { type: "failed", failure: describeFailure(error) }
        );
      }
    },
    [runner, settingsPort, locale, onProgress]
  );

  const apply = useCallback(async () => {
    const current = stateRef.current;
    if (current.step !== "preview") return;
    const controller = controllerRef.current ?? new AbortController();
    dispatch({ type: "applyStarted" });
    try {
      await runner.apply(current.prepared, controller.signal, onProgress);
      dispatch({ type: "applied" });
    } catch (error) {
      dispatch(
        isAbortError(error)
          ? { type: "cancelled" }
          : { type: "failed", failure: describeFailure(error) }
      );
    }
  }, [runner, onProgress]);

  const cancel = useCallback(() => {
    controllerRef.current?.abort();
    dispatch({ type: "cancelled" });
  }, []);

  const chooseColumns = useCallback(
    async (choices: ColumnChoice[], asOf: SerialDate) => {
      try {
        const settings = await settingsPort.load();
        let mapping = settings.columnMapping;
        for (const choice of choices)
          mapping = withColumnChoice(
            mapping,
            choice.role,
            choice.sheet,
            choice.field,
            choice.column,
            choice.header
          );
        await settingsPort.save({ ...settings, columnMapping: mapping });
      } catch (error) {
        dispatch({ type: "failed", failure: describeFailure(error) });
        return;
      }
      await run(asOf);
    },
    [settingsPort, run]
  );

  const reset = useCallback(() => dispatch({ type: "reset" }), []);

  return { state, run, apply, cancel, chooseColumns, reset };
}
