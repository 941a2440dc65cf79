"use client";

import { common } from "@/lib/messages/common";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", textAlign: "center" }}>
        <h1>{common.error.title}</h1>
        <p>{common.error.body}</p>
        <button type="button" onClick={reset}>
          {common.error.retry}
        </button>
      </body>
    </html>
  );
}
