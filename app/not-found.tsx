import { PlainLink } from "@/components/catalog/plain-link";
import { common } from "@/lib/messages/common";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-xl py-10 text-center">
      <p className="text-6xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-bold">{common.notFound.title}</h1>
      <p className="mt-3 text-slate-700">{common.notFound.body}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <PlainLink href="/" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {common.notFound.home}
        </PlainLink>
        <PlainLink href="/thu-tuc" className="rounded border border-brand-700 px-4 py-2 font-semibold">
          {common.notFound.search}
        </PlainLink>
      </div>
    </section>
  );
}
