/**
 * The policy being edited: loaded from the document's settings, checked on every change, saved
 * back only when valid, so that the next person opening the workbook runs the same policy.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { DEFAULT_POLICY, type Policy } from "../../engine/policy";
import type { ReviewPipeline } from "../flow/review-pipeline";
import { checkPolicy, type PolicyIssue } from "../policy-editor/check-policy";
import { placeEngineErrors } from "../policy-editor/place-engine-errors";
import { setPolicyValue, type PolicyPath } from "../policy-editor/set-policy-value";
import type { SettingsPort } from "../ports/workbook-port";

export type SaveState = "clean" | "dirty" | "saving" | "saved" | "failed";

export interface PolicyEditor {
  draft: Policy;
  /** The pane's own findings, worded by message key, per field path. */
  issues: PolicyIssue[];
  /** The engine's refusals placed on fields, and those that name no field. */
  engineErrors: { byPath: Record<PolicyPath, string[]>; unplaced: string[] };
  valid: boolean;
  saveState: SaveState;
  saveError: string | null;
  update(path: PolicyPath, value: number | string | number[]): void;
  resetToDefaults(): void;
  save(): Promise<void>;
}

export function usePolicyEditor(
  settings: SettingsPort,
  validatePolicy: ReviewPipeline["validatePolicy"],
  knownPaths: PolicyPath[]
): PolicyEditor {
  const [draft, setDraft] = useState<Policy>(DEFAULT_POLICY);
  const [saveState, setSaveState] = useState<SaveState>("clean");
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    settings.load().then(
      (stored) => {
        if (live && stored.policy) setDraft(stored.policy);
      },
      (error: unknown) => {
        if (live) {
          setSaveState("failed");
          setSaveError(error instanceof Error ? error.message : String(error));
        }
      }
    );
    return () => {
      live = false;
    };
  }, [settings]);

  const issues = useMemo(() => checkPolicy(draft), [draft]);
  const engineErrors = useMemo(() => {
    const checked = validatePolicy(draft);
    return checked.ok ? { byPath: {}, unplaced: [] } : placeEngineErrors(checked.errors, knownPaths);
  }, [draft, validatePolicy, knownPaths]);
  const valid = issues.length === 0 && engineErrors.unplaced.length === 0 && Object.keys(engineErrors.byPath).length === 0;

  const update = useCallback((path: PolicyPath, value: number | string | number[]) => {
    setDraft((current) => setPolicyValue(current, path, value));
    setSaveState("dirty");
  }, []);

  const resetToDefaults = useCallback(() => {
    setDraft(DEFAULT_POLICY);
    setSaveState("dirty");
  }, []);

  const save = useCallback(async () => {
    if (!valid) return;
    setSaveState("saving");
    try {
      const stored = await settings.load();
      await settings.save({ ...stored, policy: draft });
      setSaveState("saved");
      setSaveError(null);
    } catch (error) {
      setSaveState("failed");
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  }, [settings, draft, valid]);

  return { draft, issues, engineErrors, valid, saveState, saveError, update, resetToDefaults, save };
}
