/**
 * Asks which column holds a field when a required column is missing or a header is ambiguous.
 * The choices are kept in the document's settings and used on every later run. A column already
 * picked for another field of the sheet is refused at the pick, with the other field named.
 */
import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import { useState } from "react";
import type { MappingRequest } from "../../../workbook/column-mapping";
import type { ColumnChoice } from "../../hooks/use-review";
import { usePaneLanguage } from "../../pane-context";
import { columnLetter } from "../../../workbook/plan-address";
import type { ColumnPick } from "./column-conflicts";
import { columnConflicts, withPick } from "./column-conflicts";
import { fieldName } from "./field-names";
import { Notice } from "../common/Notice";

export interface MappingFormProps {
  requests: MappingRequest[];
  onSubmit(choices: ColumnChoice[]): void;
  onCancel(): void;
}

const requestKey = (request: MappingRequest) => `${request.role}:${request.field}`;

export function MappingForm({ requests, onSubmit, onCancel }: MappingFormProps) {
  const { t } = usePaneLanguage();
  const [picks, setPicks] = useState<ColumnPick[]>([]);
  const chosen: Record<string, number> = {};
  for (const pick of picks) chosen[pick.key] = pick.column;
  const conflicts = columnConflicts(picks);
  const byKey = new Map(requests.map((request) => [requestKey(request), request]));
  const complete =
    conflicts.size === 0 && requests.every((request) => chosen[requestKey(request)] !== undefined);
  const submit = () =>
    onSubmit(
      requests.map((request) => {
        const column = chosen[requestKey(request)];
        const header = request.candidates.find((candidate) => candidate.column === column)?.header;
        return {
          role: request.role,
          sheet: request.sheet,
          field: request.field,
          column,
          ...(header ? { header } : {}),
        };
      })
    );

  return (
    <form
      aria-label={t("mapping.title")}
      onSubmit={(event) => {
        event.preventDefault();
        if (complete) submit();
      }}
    >
      <h2>{t("mapping.title")}</h2>
      <Notice>{t("mapping.intro")}</Notice>
      {requests.map((request) => {
        const key = requestKey(request);
        const selected = request.candidates.find((candidate) => candidate.column === chosen[key]);
        const label = t("mapping.fieldLabel", {
          field: fieldName(request.role, request.field, t),
          sheet: request.sheet,
        });
        const holder = byKey.get(conflicts.get(key) ?? "");
        const conflict =
          selected && holder
            ? t("mapping.sameColumn", {
                column: columnLetter(selected.column),
                field: fieldName(holder.role, holder.field, t),
              })
            : null;
        return (
          <Field
            key={key}
            label={label}
            hint={request.reason === "missing" ? t("mapping.missing") : t("mapping.ambiguous")}
            validationState={conflict ? "error" : selected ? "none" : "warning"}
            {...(conflict ? { validationMessage: conflict } : {})}
          >
            <Dropdown
              aria-label={label}
              placeholder={t("mapping.choose")}
              value={selected ? selected.header : ""}
              selectedOptions={selected ? [String(selected.column)] : []}
              onOptionSelect={(_, data) =>
                setPicks((current) =>
                  withPick(current, {
                    key,
                    role: request.role,
                    sheet: request.sheet,
                    column: Number(data.optionValue),
                  })
                )
              }
            >
              {request.candidates.map((candidate) => (
                <Option
                  key={candidate.column}
                  value={String(candidate.column)}
                  text={candidate.header}
                >
                  {t("mapping.candidate", {
                    header: candidate.header,
                    column: columnLetter(candidate.column),
                  })}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      <div className="button-row">
        <Button appearance="primary" type="submit" disabled={!complete}>
          {t("mapping.useAndRun")}
        </Button>
        <Button onClick={onCancel}>{t("action.cancel")}</Button>
      </div>
    </form>
  );
}
