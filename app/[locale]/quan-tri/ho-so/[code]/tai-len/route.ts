import { proposeUploadedDraft } from "@/lib/officers/propose-uploaded-draft";
import { NextResponse } from "next/server";
import { dossierCodeSchema, parseBoundary } from "@/lib/validation/boundary-schemas";
import { receiveDossierUpload } from "@/lib/storage/receive-dossier-upload";
import { withDatabase } from "@/lib/database/with-database";

export const dynamic = "force-dynamic";

/** A specialist's draft result for the dossier; with "trinh=1" it is proposed to the leader at once. */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const code = parseBoundary(dossierCodeSchema, (await params).code);
  if (!code) return NextResponse.json({ error: "Không tìm thấy hồ sơ." }, { status: 404 });
  return receiveDossierUpload(request, code, "result-draft", `/quan-tri/ho-so/${encodeURIComponent(code)}`, async (fields, file, user) =>
    withDatabase(proposeUploadedDraft, fields, file, user),
  );
}
