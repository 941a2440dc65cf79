import { seeOther } from "@/lib/api/see-other";
import { serverEnv } from "@/lib/config";
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { loadReceiptSlip } from "@/lib/documents/load-receipt-slip";
import { renderReceiptSlip } from "@/lib/documents/render-receipt-slip";
import { DEFAULT_LOCALE, isLocale, localizeHref } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { dossierCodeSchema, parseBoundary } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";

export const dynamic = "force-dynamic";

/**
 * The receipt and appointment slip (Mẫu 01) of one dossier, as a PDF, for its owner or its unit's officers.
 * English (then the Vietnamese original on the next page) when asked from an English page or when the
 * dossier was filed in English; Vietnamese otherwise (docs/i18n.md).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale: raw, code: rawCode } = await params;
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const t = translatorFor(locale, "submission");
  const code = parseBoundary(dossierCodeSchema, rawCode);
  if (!code) return NextResponse.json({ error: t("api.notFound") }, { status: 404 });
  const user = await getCurrentUser();
  if (!user) {
    const next = localizeHref(`/ho-so/${encodeURIComponent(code)}/phieu-tiep-nhan`, locale);
    return seeOther(localizeHref(`/dang-nhap?next=${encodeURIComponent(next)}`, locale));
  }
  const access = user.kind === "officer" ? { unitId: user.unitId ?? -1 } : { userId: user.id };
  const baseUrl = serverEnv().PORTAL_URL ?? request.nextUrl.origin;
  const data = await withDatabase(loadReceiptSlip, code, access, baseUrl);
  if (!data) return NextResponse.json({ error: t("api.notFound") }, { status: 404 });
  const slipLocale = locale === "en" || data.locale === "en" ? "en" : DEFAULT_LOCALE;
  const pdf = await renderReceiptSlip(data, slipLocale);
  const fileName = translatorFor(slipLocale, "submission")("receiptSlip.fileName", { code: data.code });
  return new NextResponse(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
