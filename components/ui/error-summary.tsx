"use client";

import { useTranslations } from "next-intl";
import { useMessageText } from "@/lib/i18n/use-message-text";

/**
 * The list of a form's errors above it, each a link to its field. It takes the focus when it appears (and
 * again when `focusKey` changes, after each refused post), so a screen reader hears it at once.
 */
export function ErrorSummary({
  errors,
  labels,
  ids,
  focusKey,
  title,
}: {
  /** field name → message */
  errors: Record<string, string>;
  /** field name → label; a message whose field has a label becomes a link "label: message". */
  labels?: Record<string, string>;
  /** field name → the id of its control, when it is not the name itself. */
  ids?: Record<string, string>;
  focusKey?: string | number;
  title?: string;
}) {
  const t = useTranslations("ui");
  const text = useMessageText();
  const entries = Object.entries(errors);
  if (!entries.length) return null;
  return (
    <div key={focusKey} role="alert" tabIndex={-1} ref={(element) => element?.focus()} className="rounded border-l-4 border-accent-700 bg-red-50 p-4">
      <p className="font-semibold">{title ?? t("errorSummary")}</p>
      <ul className="mt-1 list-disc pl-5">
        {entries.map(([name, message]) => (
          <li key={name}>
            {labels?.[name] ? (
              <a href={`#${ids?.[name] ?? name}`} className="text-accent-700 underline">
                {labels[name]}: {text(message)}
              </a>
            ) : (
              text(message)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
