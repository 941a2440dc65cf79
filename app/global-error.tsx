"use client";

import { errorPage } from "@/lib/messages/error-page";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", textAlign: "center" }}>
        <h1>{errorPage.title}</h1>
        <p>{errorPage.body}</p>
        <button type="button" onClick={reset}>
          {errorPage.retry}
        </button>
      </body>
    </html>
  );
}
