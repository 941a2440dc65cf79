import { Readable } from "node:stream";
import type { DatabaseOrTransaction } from "@/db/client";
import { getOwnDossierFile } from "./get-own-dossier-file";
import { StorageNotFoundError } from "@/lib/storage/file-storage";
import type { StoredFiles } from "@/lib/storage/stored-files";

const NOT_FOUND = () =>
  new Response("Không tìm thấy tệp.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** RFC 6266 attachment header with an ASCII fallback and the UTF-8 name (Vietnamese file names). */
function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

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
  let body: Readable;
  try {
    body = await storage.get(file.storageKey);
  } catch (error) {
    if (error instanceof StorageNotFoundError) return NOT_FOUND();
    throw error;
  }
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
