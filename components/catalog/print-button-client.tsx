"use client";

/** The button itself; its label comes from the server (client components get no catalog namespace). */
export function PrintButtonClient({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
