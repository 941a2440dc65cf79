import type { DatabaseOrTransaction } from "@/db/client";
import { getOwnDossierFile } from "./get-own-dossier-file";
import { storedFileResponse } from "@/lib/storage/file-response";
import type { StoredFiles } from "@/lib/storage/stored-files";

const NOT_FOUND = () =>
  new Response("Không tìm thấy tệp.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * The response for GET /ho-so/<code>/tep/<fileId>: the file streamed from storage when it belongs to the
 * user's own dossier `code`, else 404 (someone else's file, wrong code, unknown or malformed id alike).
 */
export async function downloadOwnFile(
  db: DatabaseOrTransaction,
  storage: Pick<StoredFiles, "get">,
  input: { userId: string; code: string; fileId: string },
): Promise<Response> {
  const file = await getOwnDossierFile(db, input);
  if (!file) return NOT_FOUND();
  return storedFileResponse(storage, file, "attachment", NOT_FOUND);
}
