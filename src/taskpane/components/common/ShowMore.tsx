/** The button under a paged list: how many rows are still hidden, and a way to show them. */
import { Button } from "@fluentui/react-components";
import { usePaneLanguage } from "../../pane-context";

export function ShowMore({ hidden, onShowMore }: { hidden: number; onShowMore(): void }) {
  const { t, format } = usePaneLanguage();
  if (hidden === 0) return null;
  return (
    <Button onClick={onShowMore}>{t("action.showMore", { count: format.integer(hidden) })}</Button>
  );
}
