import { proposeUploadedDraft } from "@/lib/officers/propose-uploaded-draft";
import { NextResponse } from "next/server";
import { dossierCodeSchema, parseBoundary } from "@/lib/validation/boundary-schemas";
import { receiveDossierUpload } from "@/lib/storage/receive-dossier-upload";
import { withDatabase } from "@/lib/database/with-database";
import { isLocale, localizeHref } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";

/** A specialist's draft result for the dossier; with "trinh=1" it is proposed to the leader at once. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; code: string }> }) {
  const raw = await params;
  const locale = isLocale(raw.locale) ? raw.locale : "vi";
  const code = parseBoundary(dossierCodeSchema, raw.code);
  if (!code) return NextResponse.json({ error: translatorFor(locale, "officer")("dossierNotFound") }, { status: 404 });
  return receiveDossierUpload(
    request,
    code,
    "result-draft",
    localizeHref(`/quan-tri/ho-so/${encodeURIComponent(code)}`, locale),
    async (fields, file, user) => withDatabase(proposeUploadedDraft, fields, file, user),
  );
}
