/** The worklist's filter chips, each with how many customers it keeps; one is pressed at a time. */
import { ToggleButton } from "@fluentui/react-components";
import { WORKLIST_FILTERS, type WorklistFilter } from "../../collections/worklist-filters";
import { usePaneLanguage } from "../../pane-context";

export interface WorklistFiltersProps {
  chosen: WorklistFilter;
  counts: Record<WorklistFilter, number>;
  onChoose(filter: WorklistFilter): void;
}

export function WorklistFilters({ chosen, counts, onChoose }: WorklistFiltersProps) {
  const { t } = usePaneLanguage();
  return (
    <div role="group" aria-label={t("collections.filters")} className="button-row">
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
