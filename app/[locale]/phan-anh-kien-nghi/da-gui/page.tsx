import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlainLink } from "@/components/catalog/plain-link";
import { feedbackCodeSchema } from "@/lib/feedback/feedback-schemas";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback");
  return { title: t("confirm.title"), robots: { index: false } };
}

type Search = { ma?: string | string[]; tep?: string | string[] };

const count = (value: string | string[] | undefined) => {
  const n = Number(typeof value === "string" ? value : 0);
  return Number.isInteger(n) && n > 0 && n < 100 ? n : 0;
};

/** Where sending ends: the code to keep (it is all the page shows, so anyone may open it). */
export default async function FeedbackSentPage({ searchParams }: { searchParams: Promise<Search> }) {
  const t = await getTranslations("feedback");
  const query = await searchParams;
  const code = feedbackCodeSchema.safeParse(query.ma);
  if (!code.success) notFound();
  const attached = count(query.tep);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("confirm.title")}</h1>
      <div className="mt-4 max-w-2xl rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:p-6">
        <p className="font-semibold">{t("confirm.codeLabel")}</p>
        <p className="mt-1 font-mono text-2xl font-bold break-all text-brand-900">{code.data}</p>
        <p className="mt-3">{t("confirm.keepCode")}</p>
        {attached > 0 ? <p className="mt-2">{t("confirm.filesAttached", { n: attached })}</p> : null}
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <PlainLink href={`/phan-anh-kien-nghi/tra-cuu?ma=${encodeURIComponent(code.data)}`} className="font-semibold">
            {t("confirm.track")}
          </PlainLink>
          <PlainLink href="/phan-anh-kien-nghi">{t("confirm.sendAnother")}</PlainLink>
        </p>
      </div>
    </>
  );
}
