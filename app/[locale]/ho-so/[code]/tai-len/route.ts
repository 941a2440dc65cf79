import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, localizeHref } from "@/lib/i18n/locales";
import { dossierCodeSchema, parseBoundary } from "@/lib/validation/boundary-schemas";
import { receiveDossierUpload } from "@/lib/storage/receive-dossier-upload";

export const dynamic = "force-dynamic";

/** The citizen's supplementation files, while the dossier waits for them (status 5). */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; code: string }> }) {
  const raw = await params;
  const locale = isLocale(raw.locale) ? raw.locale : DEFAULT_LOCALE;
  const code = parseBoundary(dossierCodeSchema, raw.code);
  if (!code)
    return NextResponse.json({ error: (await getTranslations({ locale, namespace: "tracking" }))("detail.dossierNotFound") }, { status: 404 });
  return receiveDossierUpload(request, code, "supplement", localizeHref(`/ho-so/${encodeURIComponent(code)}`, locale));
}
