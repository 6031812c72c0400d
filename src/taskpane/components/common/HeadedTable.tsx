/**
 * A small read-only table with column headers and, per row, an optional row header: the shape of
 * every short table in the pane's side panels (score change, trends, loss allowance, grade
 * migration). Headers carry their scope so a screen reader names both the row and the column of
 * every cell; `corner` is the top-left cell of a grid, which heads neither.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface HeadedRow {
  key: string | number;
  testId?: string;
  /** Rendered as the row's header cell (`scope="row"`); absent: the row has data cells only. */
  header?: ReactNode;
  cells: ReactNode[];
}

export interface HeadedTableProps {
  label: string;
  testId?: string;
  corner?: ReactNode;
  headers: ReactNode[];
  rows: HeadedRow[];
}

export function HeadedTable({ label, testId, corner, headers, rows }: HeadedTableProps) {
  return (
    <Table aria-label={label} size="extra-small" data-testid={testId}>
      <TableHeader>
        <TableRow>
          {corner === undefined ? null : <TableHeaderCell>{corner}</TableHeaderCell>}
          {headers.map((header, index) => (
            <TableHeaderCell key={index} scope="col">
              {header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key} data-testid={row.testId}>
            {row.header === undefined ? null : (
              <TableHeaderCell scope="row">{row.header}</TableHeaderCell>
            )}
            {row.cells.map((cell, index) => (
              <TableCell key={index}>{cell}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
