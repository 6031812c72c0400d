/**
 * Which customer the explain panel shows: set by a click in a grid, or — in Excel — by selecting
 * a row of the customer sheet, mapped to the customer read from that row.
 */
import { useCallback, useEffect, useState } from "react";
import type { ReviewResult } from "../../engine/types";
import type { SelectedRow, SelectionSource } from "../ports/workbook-port";

export function customerAtRow(result: ReviewResult, selection: SelectedRow): string | null {
  const customer = result.customers.find(
    (candidate) =>
      candidate.source?.sheet === selection.sheet && candidate.source.row === selection.row
  );
  return customer ? customer.id : null;
}

export interface SelectedCustomer {
  customerId: string | null;
  /** Why the pane cannot follow the selection in Excel, if it cannot. */
  watchError: unknown;
  select(customerId: string): void;
  clear(): void;
}

/** Follows the selection on `customerSheet` while a review's result is shown (live workbooks). */
export function useSelectedCustomer(
  source: SelectionSource | undefined,
  result: ReviewResult | null,
  customerSheet: string | null
): SelectedCustomer {
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [watchError, setWatchError] = useState<unknown>(null);

  useEffect(() => {
    if (!result || customerSheet === null || !source) return undefined;
    setWatchError(null);
    return source.onSelectionChanged(
      customerSheet,
      (selection) => {
        const id = customerAtRow(result, selection);
        if (id !== null) setCustomerId(id);
      },
      setWatchError
    );
  }, [source, result, customerSheet]);

  const select = useCallback((id: string) => setCustomerId(id), []);
  const clear = useCallback(() => setCustomerId(null), []);
  return { customerId, watchError, select, clear };
}
