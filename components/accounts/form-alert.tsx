/** The message above a form: an error (role=alert) or a confirmation (role=status). */
export function FormAlert({ kind, children }: { kind: "error" | "success" | "info"; children: React.ReactNode }) {
  const styles = {
    error: "border-accent-700 bg-red-50 text-red-900",
    success: "border-green-700 bg-green-50 text-green-900",
    info: "border-brand-700 bg-brand-50 text-slate-900",
  }[kind];
  return (
    <div role={kind === "error" ? "alert" : "status"} className={`rounded border-l-4 p-3 ${styles}`}>
      {children}
    </div>
  );
}
