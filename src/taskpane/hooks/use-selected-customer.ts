/**
 * Which customer the explain panel shows: set by a click in a grid, or — in Excel — by selecting
 * a row of the customer sheet, mapped to the customer read from that row.
 */
import { useCallback, useEffect, useState } from "react";
import type { ReviewResult } from "../../engine/types";
import type { SelectedRow, WorkbookPort } from "../ports/workbook-port";

export function customerAtRow(result: ReviewResult, selection: SelectedRow): string | null {
  const customer = result.customers.find(
    (candidate) => candidate.source?.sheet === selection.sheet && candidate.source.row === selection.row
  );
  return customer ? customer.id : null;
}

export function useSelectedCustomer(port: WorkbookPort, result: ReviewResult | null) {
  const [customerId, setCustomerId] = useState<string | null>(null);

  useEffect(() => {
    if (!result || !port.onSelectionChanged) return undefined;
    return port.onSelectionChanged((selection) => {
      const id = customerAtRow(result, selection);
      if (id !== null) setCustomerId(id);
    });
  }, [port, result]);

  const clear = useCallback(() => setCustomerId(null), []);
  return { customerId, select: setCustomerId, clear };
}
