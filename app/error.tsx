"use client";

import { errorPage } from "@/lib/messages/error-page";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="mx-auto max-w-xl py-10 text-center" role="alert">
      <h1 className="text-2xl font-bold">{errorPage.title}</h1>
      <p className="mt-3 text-slate-700">{errorPage.body}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        {errorPage.retry}
      </button>
    </section>
  );
}
