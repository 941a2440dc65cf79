import { receiveDossierUpload } from "@/lib/workflow/receive-dossier-upload";

export const dynamic = "force-dynamic";

/** The citizen's supplementation files, while the dossier waits for them (status 5). */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return receiveDossierUpload(request, decodeURIComponent(code), "supplement", `/ho-so/${encodeURIComponent(decodeURIComponent(code))}`);
}
