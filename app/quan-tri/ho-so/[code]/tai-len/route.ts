import { getDb } from "@/db/client";
import { proposeUploadedDraft } from "@/lib/officers/propose-uploaded-draft";
import { receiveDossierUpload } from "@/lib/workflow/receive-dossier-upload";

export const dynamic = "force-dynamic";

/** A specialist's draft result for the dossier; with "trinh=1" it is proposed to the leader at once. */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const code = decodeURIComponent((await params).code);
  return receiveDossierUpload(request, code, "result-draft", `/quan-tri/ho-so/${encodeURIComponent(code)}`, async (fields, file, user) =>
    proposeUploadedDraft(await getDb(), fields, file, user),
  );
}
