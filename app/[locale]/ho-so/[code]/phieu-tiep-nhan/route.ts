import { seeOther } from "@/lib/api/see-other";
import { serverEnv } from "@/lib/config";
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { loadReceiptSlip } from "@/lib/documents/load-receipt-slip";
import { renderReceiptSlip } from "@/lib/documents/render-receipt-slip";
import { dossierCodeSchema, parseBoundary } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";

export const dynamic = "force-dynamic";

/** The receipt and appointment slip (Mẫu 01) of one dossier, as a PDF, for its owner or its unit's officers. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const code = parseBoundary(dossierCodeSchema, (await params).code);
  if (!code) return NextResponse.json({ error: "Không tìm thấy hồ sơ." }, { status: 404 });
  const user = await getCurrentUser();
  if (!user) {
    const next = `/ho-so/${encodeURIComponent(code)}/phieu-tiep-nhan`;
    return seeOther(`/dang-nhap?next=${encodeURIComponent(next)}`);
  }
  const access = user.kind === "officer" ? { unitId: user.unitId ?? -1 } : { userId: user.id };
  const baseUrl = serverEnv().PORTAL_URL ?? request.nextUrl.origin;
  const data = await withDatabase(loadReceiptSlip, code, access, baseUrl);
  if (!data) return NextResponse.json({ error: "Không tìm thấy hồ sơ." }, { status: 404 });
  const pdf = await renderReceiptSlip(data);
  return new NextResponse(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="phieu-tiep-nhan-${data.code}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
