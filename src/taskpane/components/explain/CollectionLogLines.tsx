/** The chosen customer's Collection Log lines, newest first: what was done, promised and disputed. */
import "../../i18n/late-words";
import type { TableColumnDefinition } from "@fluentui/react-components";
import { tableColumn } from "../common/table-column";
import { useMemo } from "react";
import type { CollectionLogEntry } from "../../../engine/types";
import { customerLogLines } from "../../collections/log-lines";
import { contactActionWords } from "../../collections/worklist-words";
import type { Formatters } from "../../format/formatters";
import type { Translate } from "../../i18n/translate";
import { TitledSection } from "../common/TitledSection";
import { usePaneLanguage } from "../../pane-context";
import { WideTable } from "../common/WideTable";

export interface CollectionLogLinesProps {
  log: readonly CollectionLogEntry[];
  customerId: string;
  format: Formatters;
}

export function CollectionLogLines({ log, customerId, format }: CollectionLogLinesProps) {
  const { t } = usePaneLanguage();
  const lines = useMemo(() => customerLogLines(log, customerId), [log, customerId]);
  const columns = useMemo(() => logColumns(t, format), [t, format]);
  // Same-day lines can repeat every field, so the key is the line's place in the newest-first list.
  const keys = useMemo(() => new Map(lines.map((line, index) => [line, String(index)])), [lines]);
  return (
    <TitledSection title={t("explain.logHeading")} level={3}>
      {lines.length === 0 ? (
        <p>{t("explain.logNone")}</p>
      ) : (
        <WideTable
          minWidth={760}
          items={lines}
          columns={columns}
          rowKey={(line) => keys.get(line) ?? ""}
          ariaLabel={t("explain.logGrid")}
          size="small"
          rowTestIdPrefix="log-line-"
        />
      )}
    </TitledSection>
  );
}

function promiseCell(line: CollectionLogEntry, format: Formatters, t: Translate): string {
  if (line.promisedDate === undefined) return "";
  const date = format.date(line.promisedDate);
  return line.promisedAmount === undefined
    ? t("explain.log.promiseDateOnly", { date })
    : t("explain.log.promiseAmount", { amount: format.money(line.promisedAmount), date });
}

function disputeCell(line: CollectionLogEntry, t: Translate): string {
  if (line.disputed === undefined) return "";
  if (!line.disputed) return t("explain.log.disputeClosed");
  return line.disputeReason
    ? t("explain.log.disputeOpenedWhy", { reason: line.disputeReason })
    : t("explain.log.disputeOpened");
}

function logColumns(t: Translate, format: Formatters): TableColumnDefinition<CollectionLogEntry>[] {
  return [
    tableColumn<CollectionLogEntry>("date", t("explain.log.date"), (line) =>
      format.date(line.date)
    ),
    tableColumn<CollectionLogEntry>("action", t("explain.log.action"), (line) =>
      line.action === undefined ? "" : contactActionWords(line.action, t)
    ),
    tableColumn<CollectionLogEntry>(
      "invoice",
      t("explain.log.invoice"),
      (line) => line.invoiceNo ?? t("explain.log.wholeCustomer")
    ),
    tableColumn<CollectionLogEntry>(
      "contact",
      t("explain.log.contact"),
      (line) => line.person ?? ""
    ),
    tableColumn<CollectionLogEntry>("promise", t("explain.log.promise"), (line) =>
      promiseCell(line, format, t)
    ),
    tableColumn<CollectionLogEntry>("disputed", t("explain.log.disputed"), (line) =>
      disputeCell(line, t)
    ),
    tableColumn<CollectionLogEntry>("notes", t("explain.log.notes"), (line) => line.notes ?? ""),
  ];
}
