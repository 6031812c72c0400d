/** The worklist's filter chips, each with how many customers it keeps; one is pressed at a time. */
import "../../i18n/late-words";
import { ToggleButton, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { WORKLIST_FILTERS, type WorklistFilter } from "../../collections/worklist-filters";
import { usePaneLanguage } from "../../pane-context";

// Chips wrap onto a second line in a narrow pane instead of pushing it sideways.
const CHIPS: CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  gap: tokens.spacingHorizontalS,
  marginBottom: tokens.spacingVerticalS,
};

export interface WorklistFiltersProps {
  chosen: WorklistFilter;
  counts: Record<WorklistFilter, number>;
  onChoose(filter: WorklistFilter): void;
}

export function WorklistFilters({ chosen, counts, onChoose }: WorklistFiltersProps) {
  const { t } = usePaneLanguage();
  return (
    <div role="group" aria-label={t("collections.filters")} style={CHIPS}>
      {WORKLIST_FILTERS.map((filter) => (
        <ToggleButton
          key={filter}
          size="small"
          shape="circular"
          checked={chosen === filter}
          onClick={() => onChoose(filter)}
        >
          {t(`collections.filter.${filter}`, { count: counts[filter] })}
        </ToggleButton>
      ))}
    </div>
  );
}
