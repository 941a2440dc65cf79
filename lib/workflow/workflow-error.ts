import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import viWorkflowErrors from "@/messages/vi/workflowErrors.json";
import viFees from "@/messages/vi/fees.json";

/**
 * A refusal's text as catalog data: a key of `workflowErrors` (or of `fees`, for the fee rules) with its
 * ICU arguments. `roles` arguments are role ids, named in the reader's language (`officer.roles.*`).
 */
export type WorkflowMessage =
  | { key: keyof typeof viWorkflowErrors; args?: Record<string, string | number>; roles?: readonly string[] }
  | { namespace: "fees"; key: keyof typeof viFees; args?: Record<string, string | number> };

/** The Vietnamese texts the status machine returns (lib/workflow/status-machine.ts), back to their keys. */
const KEY_OF_TEXT = new Map<string, keyof typeof viWorkflowErrors>(
  (Object.entries(viWorkflowErrors) as [keyof typeof viWorkflowErrors, string][]).map(([key, text]) => [text, key]),
);

/** The message in a language. */
export function workflowMessageText(message: WorkflowMessage, locale: Locale): string {
  if ("namespace" in message) return translatorFor(locale, "fees")(message.key as never, message.args as never);
  const args: Record<string, string | number> = { ...message.args };
  if (message.roles) {
    const names = translatorFor(locale, "officer");
    args.roles = message.roles.map((role) => (names.has(`roles.${role}` as never) ? names(`roles.${role}` as never) : role)).join(", ");
  }
  return translatorFor(locale, "workflowErrors")(message.key, args as never);
}

/**
 * A refusal the user can read: mapped to a message on the page or a 4xx by the caller, never a 500.
 * `field` names the request's input the refusal is about (a form shows it next to that field).
 *
 * The message is a catalog key with its arguments (`WorkflowMessage`); `message` stays the Vietnamese text
 * (logs, tests), and `textIn(locale)` gives it in the reader's language where it is shown. A plain string is
 * taken as it is: the status machine's Vietnamese refusals are recognised and translated, a
 * `validation.*` key is left for the form to translate, anything else is shown unchanged.
 */
export class WorkflowError extends Error {
  readonly text: WorkflowMessage | undefined;

  constructor(
    readonly code: "not-found" | "conflict" | "refused" | "invalid",
    message: WorkflowMessage | string,
    readonly field?: string,
  ) {
    const key = typeof message === "string" ? KEY_OF_TEXT.get(message) : undefined;
    const text = typeof message === "string" ? (key ? { key } : undefined) : message;
    super(typeof message === "string" ? message : workflowMessageText(message, "vi"));
    this.name = "WorkflowError";
    this.text = text;
  }

  /** The message in the reader's language. */
  textIn(locale: Locale): string {
    return this.text ? workflowMessageText(this.text, locale) : this.message;
  }
}

export const CONFLICT: WorkflowMessage = { key: "conflict" };
export const DOSSIER_NOT_FOUND: WorkflowMessage = { key: "dossierNotFound" };
/** The Vietnamese texts, for callers that answer without a WorkflowError (an upload's 404). */
export const CONFLICT_MESSAGE = viWorkflowErrors.conflict;
export const NOT_FOUND_MESSAGE = viWorkflowErrors.dossierNotFound;
