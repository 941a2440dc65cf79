import type { Metadata } from "next";
import { LookupForm } from "@/components/tracking/lookup-form";
import { getTranslations } from "next-intl/server";
import { ClientTexts } from "@/components/i18n/client-texts";
import { lookupAction } from "@/lib/tracking/actions/look-up-dossier";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracking.lookup"))("title") };
}

/** Public lookup by dossier code + applicant ID number; the receipt's QR code opens it with ?code=. */
export default async function LookupPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const t = await getTranslations("tracking.lookup");
  const { code } = await searchParams;
  const initialCode = (Array.isArray(code) ? code[0] : code)?.trim().slice(0, 40) ?? "";
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 max-w-2xl text-slate-700">{t("intro")}</p>
      {/* The form and its answer (status, steps, result) are client components: they read the tracking texts. */}
      <ClientTexts namespaces={["tracking"]}>
        <LookupForm action={lookupAction} initialCode={initialCode} />
      </ClientTexts>
    </>
  );
}
