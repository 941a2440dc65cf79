"use client";

import { usePathname } from "next/navigation";
import { localeOfPath } from "@/lib/i18n/locales";
import en from "@/messages/en/errorPage.json";
import vi from "@/messages/vi/errorPage.json";

/** Replaces the root layout when it fails itself, so no message provider is there: it reads the catalog directly. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = localeOfPath(usePathname() ?? "/");
  const m = locale === "en" ? en : vi;
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", textAlign: "center" }}>
        <h1>{m.title}</h1>
        <p>{m.body}</p>
        <button type="button" onClick={reset}>
          {m.retry}
        </button>
      </body>
    </html>
  );
}
