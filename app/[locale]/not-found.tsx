import { useTranslations } from "next-intl";
import { PlainLink } from "@/components/catalog/plain-link";

export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <section className="mx-auto max-w-xl py-10 text-center">
      <p className="text-6xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <PlainLink href="/" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("home")}
        </PlainLink>
        <PlainLink href="/thu-tuc" className="rounded border border-brand-700 px-4 py-2 font-semibold">
          {t("search")}
        </PlainLink>
      </div>
    </section>
  );
}
