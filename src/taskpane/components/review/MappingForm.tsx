/**
 * Asks which column holds a field when a required column is missing or a header is ambiguous.
 * The choices are kept in the document's settings and used on every later run.
 */
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
} from "@fluentui/react-components";
import { useState } from "react";
import type { MappingRequest } from "../../../workbook/column-mapping";
import type { ColumnChoice } from "../../hooks/use-review";
import { usePaneLanguage } from "../../pane-context";
import { columnLetter } from "../../../workbook/plan-address";
import { fieldName } from "./field-names";

export interface MappingFormProps {
  requests: MappingRequest[];
  onSubmit(choices: ColumnChoice[]): void;
  onCancel(): void;
}

const requestKey = (request: MappingRequest) => `${request.role}:${request.field}`;

export function MappingForm({ requests, onSubmit, onCancel }: MappingFormProps) {
  const { t } = usePaneLanguage();
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const complete = requests.every((request) => chosen[requestKey(request)] !== undefined);
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
      <MessageBar intent="info">
        <MessageBarBody>{t("mapping.intro")}</MessageBarBody>
      </MessageBar>
      {requests.map((request) => {
        const key = requestKey(request);
        const selected = request.candidates.find((candidate) => candidate.column === chosen[key]);
        const label = t("mapping.fieldLabel", {
          field: fieldName(request.role, request.field, t),
          sheet: request.sheet,
        });
        return (
          <Field
            key={key}
            label={label}
            hint={request.reason === "missing" ? t("mapping.missing") : t("mapping.ambiguous")}
            validationState={selected ? "none" : "warning"}
          >
            <Dropdown
              aria-label={label}
              placeholder={t("mapping.choose")}
              value={selected ? selected.header : ""}
              selectedOptions={selected ? [String(selected.column)] : []}
              onOptionSelect={(_, data) =>
                setChosen((current) => ({ ...current, [key]: Number(data.optionValue) }))
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
