/**
 * Why a customer got its grade, limit and terms: why it changed since the previous review, every
 * factor line, the score arithmetic, the limit step by step, the adjustment reasons in words,
 * exposure, the open invoices, and the customer's Collection Log lines when the workbook has a log.
 */
import "../../i18n/late-words";
import { creditStanding } from "../../../engine/credit-standing";
import { Badge, Button, Card, CardHeader } from "@fluentui/react-components";
import { useMemo } from "react";
import { useReviewView } from "../../hooks/use-review-view";
import type { PreparedReview } from "../../flow/prepared-review";
import {
  exposureLines,
  limitLines,
  scoreLines,
  type ExplainLine,
} from "../../explain/explain-steps";
import { usePaneLanguage } from "../../pane-context";
import { Notice } from "../common/Notice";
import { CollectionLogLines } from "./CollectionLogLines";
import { FactorGrid } from "./FactorGrid";
import { OpenInvoices } from "./OpenInvoices";
import { ScoreChangeWhy } from "./ScoreChangeWhy";

export interface ExplainPanelProps {
  prepared: PreparedReview;
  customerId: string;
  onClose(): void;
}

export function ExplainPanel({ prepared, customerId, onClose }: ExplainPanelProps) {
  const { t } = usePaneLanguage();
  const { policy, result } = prepared;
  const { format, labels, bucketLabels } = useReviewView(prepared);
  const customer = result.customers.find((candidate) => candidate.id === customerId);
  const invoices = useMemo(
    () => result.receivables.filter((invoice) => invoice.customerId === customerId),
    [result.receivables, customerId]
  );

  if (!customer) {
    return <Notice intent="warning">{t("explain.notFound", { id: customerId })}</Notice>;
  }
  const change = prepared.scoreChanges.get(customer.id);
  const render = (line: ExplainLine, index: number) => (
    <li key={`${line.key}-${index}`}>{t(line.key, line.params)}</li>
  );

  return (
    <Card aria-label={t("explain.title", { id: customer.id, name: customer.name })}>
      <CardHeader
        header={<h2>{t("explain.title", { id: customer.id, name: customer.name })}</h2>}
        description={
          <span>
            <Badge appearance="filled">{customer.grade ?? t("grade.none")}</Badge>{" "}
            {labels.status[creditStanding(customer)]}
          </span>
        }
        action={<Button onClick={onClose}>{t("action.close")}</Button>}
      />
      {change !== undefined && (
        <ScoreChangeWhy change={change} labels={labels} policy={policy} format={format} />
      )}

      <h3>{t("explain.scoreHeading")}</h3>
      <FactorGrid lines={customer.factors} ratingMax={policy.score.ratingMax} format={format} />
      <ul aria-label={t("explain.scoreHeading")}>
        {scoreLines(customer, policy, format).map(render)}
      </ul>

      <h3>{t("explain.limitHeading")}</h3>
      <ol aria-label={t("explain.limitHeading")}>
        {limitLines(customer, policy, format).map(render)}
      </ol>

      {customer.reasons.length > 0 && (
        <>
          <h3>{t("explain.reasonsHeading")}</h3>
          <ul aria-label={t("explain.reasonsHeading")}>
            {customer.reasons.map((code) => (
              <li key={code}>{labels.reasons[code]}</li>
            ))}
          </ul>
        </>
      )}

      <h3>{t("explain.exposureHeading")}</h3>
      <ul aria-label={t("explain.exposureHeading")}>
        {exposureLines(customer, format).map(render)}
      </ul>

      <OpenInvoices
        agingRow={result.aging.byCustomer[customer.id]}
        invoices={invoices}
        bucketLabels={bucketLabels}
        format={format}
      />

      {prepared.input.collectionLog !== undefined && (
        <CollectionLogLines
          log={prepared.input.collectionLog}
          customerId={customer.id}
          format={format}
        />
      )}
    </Card>
  );
}
