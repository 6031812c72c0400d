/**
 * Long lists are shown a page at a time: a pane with thousands of customers stays responsive,
 * and "Show more" reveals the next page. A new list starts again at one page.
 */
import { useCallback, useEffect, useState } from "react";

export const ROWS_PER_PAGE = 100;

export function useShownRows<Row>(rows: Row[], pageSize = ROWS_PER_PAGE) {
  const [limit, setLimit] = useState(pageSize);
  useEffect(() => setLimit(pageSize), [rows, pageSize]);
  const showMore = useCallback(() => setLimit((current) => current + pageSize), [pageSize]);
  return { shown: rows.slice(0, limit), hidden: Math.max(0, rows.length - limit), showMore };
}
