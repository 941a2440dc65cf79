"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef } from "react";
import { useMessageText } from "@/lib/i18n/use-message-text";

/** Stands for "never focused yet": a summary already there on the first render (after a post) takes the focus. */
const NOT_YET = Symbol("not focused yet");

/**
 * The list of a form's errors above it, each a link to its field. It takes the focus when it is there on the
 * first render (the page after a refused post) and whenever `focusKey` changes (each refused post or submit),
 * so a screen reader hears it at once — and only then: errors appearing or changing as the person leaves or
 * corrects a field leave the focus where it is. A form that focuses its first wrong field itself passes
 * `focus={false}`.
 */
export function ErrorSummary({
  errors,
  labels,
  ids,
  focusKey,
  title,
  focus = true,
}: {
  /** field name → message */
  errors: Record<string, string>;
  /** field name → label; a message whose field has a label becomes a link "label: message". */
  labels?: Record<string, string>;
  /** field name → the id of its control, when it is not the name itself; a message without a label links to it. */
  ids?: Record<string, string>;
  focusKey?: string | number;
  title?: string;
  focus?: boolean;
}) {
  const t = useTranslations("ui");
  const text = useMessageText();
  const entries = Object.entries(errors);
  const focusedFor = useRef<unknown>(entries.length ? NOT_YET : focusKey);
  // Stable for a key, so React calls it only when the box mounts (it appears, or `key` changed), not on every render.
  const takeFocus = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element || focusedFor.current === focusKey) return;
      focusedFor.current = focusKey;
      element.focus();
    },
    [focusKey],
  );
  if (!entries.length) return null;
  return (
    <div key={focusKey} role="alert" tabIndex={-1} ref={focus ? takeFocus : undefined} className="rounded border-l-4 border-accent-700 bg-red-50 p-4">
      <p className="font-semibold">{title ?? t("errorSummary")}</p>
      <ul className="mt-1 list-disc pl-5">
        {entries.map(([name, message]) => (
          <li key={name}>
            {labels?.[name] ? (
              <a href={`#${ids?.[name] ?? name}`} className="text-accent-700 underline">
                {labels[name]}: {text(message)}
              </a>
            ) : ids?.[name] ? (
              <a href={`#${ids[name]}`} className="text-accent-700 underline">
                {text(message)}
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
