import type { ReactNode } from "react";

export type AlertKind = "error" | "success" | "info" | "warning";

const STYLES: Record<AlertKind, string> = {
  error: "border-accent-700 bg-red-50 text-red-900",
  success: "border-green-700 bg-green-50 text-green-900",
  info: "border-brand-700 bg-brand-50 text-slate-900",
  warning: "border-amber-600 bg-amber-50 text-slate-900",
};

/**
 * A message about a form or a page: an error is announced at once (role=alert), the others politely
 * (role=status). `role={null}` for a notice that is part of the page from the start.
 */
export function Alert({
  kind,
  children,
  className,
  id,
  role,
}: {
  kind: AlertKind;
  children: ReactNode;
  className?: string;
  id?: string;
  role?: "alert" | "status" | null;
}) {
  const announced = role === null ? undefined : (role ?? (kind === "error" ? "alert" : "status"));
  return (
    <div id={id} role={announced} className={["rounded border-l-4 p-3", STYLES[kind], className].filter(Boolean).join(" ")}>
      {children}
    </div>
  );
}
