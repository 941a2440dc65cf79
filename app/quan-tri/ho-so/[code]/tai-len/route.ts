import { receiveDossierUpload } from "@/lib/workflow/receive-dossier-upload";

export const dynamic = "force-dynamic";

/** A specialist's draft result for the dossier (before proposing it to the leader). */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return receiveDossierUpload(request, decodeURIComponent(code), "result-draft", `/quan-tri/ho-so/${encodeURIComponent(decodeURIComponent(code))}`);
}
