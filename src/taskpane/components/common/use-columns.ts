/**
 * A table's columns, built once per change of what they read. Every grid builds its columns from
 * a few inputs (translations, formatters, callbacks); naming those inputs once, as the builder's
 * arguments, keeps the memo's dependencies from drifting away from what the builder reads.
 */
import type { TableColumnDefinition } from "@fluentui/react-components";
import { useMemo } from "react";

export function useColumns<Item, Inputs extends readonly unknown[]>(
  build: (...inputs: Inputs) => TableColumnDefinition<Item>[],
  ...inputs: Inputs
): TableColumnDefinition<Item>[] {
  return useMemo(() => build(...inputs), [build, ...inputs]);
}
