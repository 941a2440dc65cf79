import { seeOther } from "@/lib/api/see-other";
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { loadNotice } from "@/lib/documents/load-notice";
import { noticeBySlug } from "@/lib/documents/notice-links";
import { renderNotice } from "@/lib/documents/render-notice";
import { dossierCodeSchema, parseBoundary } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";

export const dynamic = "force-dynamic";

/** A one-stop notice (Mẫu 02 supplementation, 03 refusal, 04 apology) as a PDF, for the owner or the unit. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string; kind: string }> }) {
  const { code: rawCode, kind } = await params;
  const code = parseBoundary(dossierCodeSchema, rawCode);
  if (!code || !noticeBySlug(kind)) return NextResponse.json({ error: "Không tìm thấy phiếu." }, { status: 404 });
  const user = await getCurrentUser();
  if (!user) {
    const next = `/ho-so/${encodeURIComponent(code)}/phieu/${encodeURIComponent(kind)}`;
    return seeOther(`/dang-nhap?next=${encodeURIComponent(next)}`);
  }
  const access = user.kind === "officer" ? { unitId: user.unitId ?? -1 } : { userId: user.id };
  const data = await withDatabase(loadNotice, code, kind, access);
  if (!data) return NextResponse.json({ error: "Không tìm thấy phiếu." }, { status: 404 });
  return new NextResponse(Buffer.from(await renderNotice(data)), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="${kind}-${data.code}.pdf"`, "Cache-Control": "private, no-store" },
  });
}
