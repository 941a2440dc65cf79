import type { Metadata } from "next";
import { TrackFeedbackForm } from "@/components/feedback/track-feedback-form";
import { ClientTexts } from "@/components/i18n/client-texts";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback");
  return { title: t("track.title") };
}

/** Following an item without an account: its code and the phone number given when sending. */
export default async function TrackFeedbackPage({ searchParams }: { searchParams: Promise<{ ma?: string | string[] }> }) {
  const t = await getTranslations("feedback");
  const { ma } = await searchParams;
  const initialCode = (typeof ma === "string" ? ma : "").trim().slice(0, 40);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("track.title")}</h1>
      <p className="mt-1 max-w-2xl text-slate-700">{t("track.intro")}</p>
      <ClientTexts namespaces={["feedback"]}>
        <TrackFeedbackForm initialCode={initialCode} />
      </ClientTexts>
    </>
  );
}
