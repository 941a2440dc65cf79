"use client";

import { catalogMessages as m } from "@/lib/messages/catalog";

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
    >
      {m.print}
    </button>
  );
}
