/**
 * The policy being edited: loaded from the document's settings, checked on every change, saved
 * back only when valid, so that the next person opening the workbook runs the same policy.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_POLICY, type Policy } from "../../engine/policy";
import type { PolicyIssue as EngineIssue, PolicyValidation } from "../../engine/policy-validation";
import { describeFailure } from "../flow/describe-failure";
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
  /** The failure's code (e.g. "SETTINGS_CHANGED_ELSEWHERE"), for the pane's own words. */
  saveErrorCode: string | null;
  update(path: PolicyPath, value: number | string | number[]): void;
  resetToDefaults(): void;
  save(): Promise<void>;
}

/**
 * `inUse` is the policy the last review ran with (e.g. from the workbook's Policy sheet): shown
 * when the document has no saved policy, so the form starts from what the workbook really uses.
 */
export function usePolicyEditor(
  settings: SettingsPort,
  validatePolicy: (candidate: unknown) => PolicyValidation,
  knownPaths: PolicyPath[],
  inUse: Policy | null,
  /** The engine's refusal of one value in the reader's language (`i18n/policy-issues.ts`). */
  wordIssue: (issue: EngineIssue) => string
): PolicyEditor {
  const [draft, setDraft] = useState<Policy>(inUse ?? DEFAULT_POLICY);
  const [saveState, setSaveState] = useState<SaveState>("clean");
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saveErrorCode, setSaveErrorCode] = useState<string | null>(null);
  // Edits not yet saved are never replaced by a policy loaded from elsewhere.
  const editing = useRef(false);

  useEffect(() => {
    let live = true;
    settings.load().then(
      (stored) => {
        if (live && !editing.current) setDraft(stored.policy ?? inUse ?? DEFAULT_POLICY);
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
  }, [settings, inUse]);

  const issues = useMemo(() => checkPolicy(draft), [draft]);
  const engineErrors = useMemo(() => {
    const checked = validatePolicy(draft);
    return checked.ok
      ? { byPath: {}, unplaced: [] }
      : placeEngineErrors(checked.issues, knownPaths, wordIssue);
  }, [draft, validatePolicy, knownPaths, wordIssue]);
  const valid =
    issues.length === 0 &&
    engineErrors.unplaced.length === 0 &&
    Object.keys(engineErrors.byPath).length === 0;

  const update = useCallback((path: PolicyPath, value: number | string | number[]) => {
    setDraft((current) => setPolicyValue(current, path, value));
    editing.current = true;
    setSaveState("dirty");
  }, []);

  const resetToDefaults = useCallback(() => {
    setDraft(DEFAULT_POLICY);
    editing.current = true;
    setSaveState("dirty");
  }, []);

  const save = useCallback(async () => {
    if (!valid) return;
    setSaveState("saving");
    try {
      const stored = await settings.load();
      await settings.save({ ...stored, policy: draft });
      editing.current = false;
      setSaveState("saved");
      setSaveError(null);
      setSaveErrorCode(null);
    } catch (error) {
      const failure = describeFailure(error);
      setSaveState("failed");
      setSaveError(failure.detail);
      setSaveErrorCode(failure.code);
    }
  }, [settings, draft, valid]);

  return {
    draft,
    issues,
    engineErrors,
    valid,
    saveState,
    saveError,
    saveErrorCode,
    update,
    resetToDefaults,
    save,
  };
}
