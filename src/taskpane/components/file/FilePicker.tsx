/** File mode: choose or drop the .xlsx to review. */
import { Button, Field, Text } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import type { ChosenFile } from "../../ports/file-port";
import { usePaneLanguage } from "../../pane-context";

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
    file.arrayBuffer().then(
      (bytes) => {
        setName(file.name);
        setFailure(null);
        onChoose({ name: file.name, bytes });
      },
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error))
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
      validationMessage={failure ? t("file.unreadable", { detail: failure }) : undefined}
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
