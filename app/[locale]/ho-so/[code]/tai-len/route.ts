import { NextResponse } from "next/server";
import { dossierCodeSchema, parseBoundary } from "@/lib/validation/boundary-schemas";
import { receiveDossierUpload } from "@/lib/storage/receive-dossier-upload";

export const dynamic = "force-dynamic";

/** The citizen's supplementation files, while the dossier waits for them (status 5). */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const code = parseBoundary(dossierCodeSchema, (await params).code);
  if (!code) return NextResponse.json({ error: "Không tìm thấy hồ sơ." }, { status: 404 });
  return receiveDossierUpload(request, code, "supplement", `/ho-so/${encodeURIComponent(code)}`);
}
