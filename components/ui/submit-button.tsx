"use client";

import type { ComponentProps } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonSize, type ButtonVariant } from "./button";

/**
 * A form's submit button. Without JavaScript it is a plain submit button; with it, it is disabled while its
 * form posts (React's form status), so a double click sends one request. A form that posts from its own
 * `onSubmit` (react-hook-form) passes `pending` itself.
 */
export function SubmitButton({
  variant = "primary",
  size,
  pending,
  className,
  disabled,
  ...rest
}: Omit<ComponentProps<"button">, "type"> & { variant?: ButtonVariant; size?: ButtonSize; pending?: boolean }) {
  const status = useFormStatus();
  const busy = Boolean(pending) || status.pending;
  return (
    <button
      type="submit"
      disabled={busy || disabled}
      aria-disabled={busy || undefined}
      className={buttonClass(variant, { size, extra: className })}
      {...rest}
    />
  );
}
