import type { ComponentProps } from "react";
import { controlClass, TextField } from "./field";

/** A reference code typed by hand (a dossier's, a feedback item's): monospace, no autocomplete, no spell check. */
export function CodeField(props: ComponentProps<typeof TextField>) {
  return <TextField autoComplete="off" spellCheck={false} maxLength={40} className={`${controlClass} font-mono`} {...props} />;
}
