import type { Choice } from "./field";

/** A select's options from a list of choices (SelectField and FilterSelect take their options as children). */
export function Options({ choices }: { choices: readonly Choice[] }) {
  return choices.map((choice) => (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  ));
}
