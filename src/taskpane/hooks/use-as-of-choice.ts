/**
 * The review's as-of date: today unless the document remembers a fixed date chosen earlier
 * (a month-end review re-run days later keeps its month end). Each valid choice is saved.
 */
import { useCallback, useEffect, useState } from "react";
import type { SerialDate } from "../../engine/types";
import type { SettingsPort } from "../ports/workbook-port";

export function useAsOfChoice(settings: SettingsPort, today: SerialDate) {
  const [asOf, setAsOfState] = useState<SerialDate | null>(today);
  const [saveError, setSaveError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    settings.load().then(
      (stored) => {
        if (live && stored.asOf?.kind === "fixed") setAsOfState(stored.asOf.date);
      },
      (error: unknown) => {
        if (live) setSaveError(error);
      }
    );
    return () => {
      live = false;
    };
  }, [settings]);

  const setAsOf = useCallback(
    (value: SerialDate | null) => {
      setAsOfState(value);
      if (value === null) return;
      const choice =
        value === today ? { kind: "today" as const } : { kind: "fixed" as const, date: value };
      settings
        .load()
        .then((stored) => settings.save({ ...stored, asOf: choice }))
        .catch((error: unknown) => setSaveError(error));
    },
    [settings, today]
  );

  return { asOf, setAsOf, saveError };
}
