/**
 * File mode: choose or drop the .xlsx to review. A file above the size limit is refused from its
 * size alone, before a byte of it is read into memory (the same limit and sentence as the CLI).
 */
import { Button, Field, Text } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { isXlsxFileError } from "../../../file/xlsx-file-error";
import { checkFileSize, resolveLimits } from "../../../file/xlsx-guard";
import type { ChosenFile } from "../../ports/file-port";
import { usePaneLanguage } from "../../pane-context";

const LIMITS = resolveLimits();

export interface FilePickerProps {
  onChoose(file: ChosenFile): void;
}

export function FilePicker({ onChoose }: FilePickerProps) {
  const { t } = usePaneLanguage();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const take = (file: File | undefined) => {
    if (!file) return;
    try {
      checkFileSize(file.size, file.name, LIMITS);
    } catch (error) {
      if (!isXlsxFileError(error)) throw error;
      setFailure(`${t("failure.TOO_LARGE")} ${error.message}`);
      return;
    }
    file.arrayBuffer().then(
      (bytes) => {
        setName(file.name);
        setFailure(null);
        onChoose({ name: file.name, bytes });
      },
      (error: unknown) =>
        setFailure(
          t("file.unreadable", { detail: error instanceof Error ? error.message : String(error) })
        )
    );
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    take(event.dataTransfer.files[0]);
  };

  return (
    <Field
      label={t("file.label")}
      validationState={failure ? "error" : "none"}
      validationMessage={failure ?? undefined}
    >
      <div className="drop-zone" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          aria-label={t("file.choose")}
          onChange={(event) => take(event.target.files?.[0])}
        />
        <Button onClick={() => input.current?.click()}>{t("file.choose")}</Button>{" "}
        <Text>{name ? t("file.chosen", { name }) : t("file.dropHint")}</Text>
      </div>
    </Field>
  );
}
