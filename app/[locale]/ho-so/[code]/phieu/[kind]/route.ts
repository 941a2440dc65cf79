import { seeOther } from "@/lib/api/see-other";
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { loadNotice } from "@/lib/documents/load-notice";
import { noticeBySlug } from "@/lib/documents/notice-links";
import { renderNotice } from "@/lib/documents/render-notice";
import { dossierCodeSchema, parseBoundary } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";
import { isLocale, localizeHref } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";

/**
 * A one-stop notice (Mẫu 02 supplementation, 03 refusal, 04 apology) as a PDF, for the owner or the unit: in
 * the dossier's language, an English one followed by the Vietnamese original (lib/documents/render-notice.ts).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; code: string; kind: string }> }) {
  const { locale: rawLocale, code: rawCode, kind } = await params;
  // The page's language only words the errors: the notice is in the language the dossier was filed in.
  const locale = isLocale(rawLocale) ? rawLocale : "vi";
  const notFound = () => NextResponse.json({ error: translatorFor(locale, "documents")("notice.notFound") }, { status: 404 });
  const code = parseBoundary(dossierCodeSchema, rawCode);
  if (!code || !noticeBySlug(kind)) return notFound();
  const user = await getCurrentUser();
  if (!user) {
    const next = `/ho-so/${encodeURIComponent(code)}/phieu/${encodeURIComponent(kind)}`;
    return seeOther(localizeHref(`/dang-nhap?next=${encodeURIComponent(localizeHref(next, locale))}`, locale));
  }
  const access = user.kind === "officer" ? { unitId: user.unitId ?? -1 } : { userId: user.id };
  const data = await withDatabase(loadNotice, code, kind, access);
  if (!data) return notFound();
  return new NextResponse(Buffer.from(await renderNotice(data)), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${kind}-${data.code}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
