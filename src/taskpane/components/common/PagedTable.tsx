/**
 * A WideTable over a long list, shown a page at a time with "show more" under it (useShownRows):
 * the grids of customers give it every row and it decides how many are shown.
 */
import { useShownRows } from "../../hooks/use-shown-rows";
import { WideTable, type WideTableProps } from "./WideTable";

export function PagedTable<Item>({ items, ...table }: Omit<WideTableProps<Item>, "paging">) {
  const { shown, hidden, showMore } = useShownRows(items);
  return <WideTable {...table} items={shown} paging={{ hidden, showMore }} />;
}
