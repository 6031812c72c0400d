/**
 * One choice out of a fixed list, in a labelled dropdown: the pane's language, the
 * working-capital mode. Only a value of the list is ever handed to `onChoose`.
 */
import { Dropdown, Field, Option } from "@fluentui/react-components";

export interface ChoiceFieldProps<Choice extends string> {
  label: string;
  choices: readonly Choice[];
  chosen: Choice;
  /** The words shown for a choice. */
  nameOf: (choice: Choice) => string;
  onChoose: (choice: Choice) => void;
}

export function ChoiceField<Choice extends string>({
  label,
  choices,
  chosen,
  nameOf,
  onChoose,
}: ChoiceFieldProps<Choice>) {
  return (
    <Field label={label}>
      <Dropdown
        value={nameOf(chosen)}
        selectedOptions={[chosen]}
        onOptionSelect={(_, data) => {
          const picked = choices.find((choice) => choice === data.optionValue);
          if (picked !== undefined) onChoose(picked);
        }}
      >
        {choices.map((choice) => (
          <Option key={choice} value={choice}>
            {nameOf(choice)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
