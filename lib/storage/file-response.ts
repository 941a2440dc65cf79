import { Readable } from "node:stream";
import { StorageNotFoundError } from "./file-storage";
import type { StoredFiles } from "./stored-files";

export interface StoredFileMeta {
  storageKey: string;
  contentType: string;
  size: number;
  fileName: string;
}

/** RFC 6266 header with an ASCII fallback and the UTF-8 name (Vietnamese file names). */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A stored file streamed to the one reader allowed to see it (the caller checked that): private, never
 * cached, never sniffed. Bytes missing from the store answer `notFound()`, like a file that does not exist.
 */
export async function storedFileResponse(
  storage: Pick<StoredFiles, "get">,
  file: StoredFileMeta,
  kind: "inline" | "attachment",
  notFound: () => Response,
): Promise<Response> {
  let body: Readable;
  try {
    body = await storage.get(file.storageKey);
  } catch (error) {
    if (error instanceof StorageNotFoundError) return notFound();
    throw error;
  }
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(kind, file.fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
