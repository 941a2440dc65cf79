import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";

export interface MultipartFile {
  name: string;
  stream: Readable;
}

/** The request body is not a complete multipart form (cut off, bad boundary, malformed part headers). */
export class MalformedMultipartError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : "Malformed multipart body", { cause });
    this.name = "MalformedMultipartError";
  }
}

/**
 * Reads a multipart/form-data request as a stream (uploads without JavaScript): the text fields that come
 * before the file part, and the one file part named `file`, handed to `onFile` while it is still arriving.
 * Nothing is buffered whole; the part is cut at maxBytes + 1, which the upload guard reports as too large.
 * A body that breaks off or is malformed rejects with MalformedMultipartError, but only after `onFile` has
 * settled (its stream errors, so it can drop what it stored): the caller answers once the cleanup is done.
 */
export function readMultipartUpload<T>(
  request: Request,
  maxBytes: number,
  onFile: (fields: Record<string, string>, file: MultipartFile) => Promise<T>,
): Promise<{ fields: Record<string, string>; result: T | null }> {
  const contentType = request.headers.get("content-type") ?? "";
  return new Promise((resolve, reject) => {
    if (!request.body || !contentType.toLowerCase().startsWith("multipart/form-data")) {
      resolve({ fields: {}, result: null });
      return;
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": contentType },
        defParamCharset: "utf8",
        limits: { files: 1, fields: 20, fieldSize: 4000, parts: 25, fileSize: maxBytes + 1 },
      });
    } catch (error) {
      reject(new MalformedMultipartError(error));
      return;
    }
    const fields: Record<string, string> = {};
    let pending: Promise<T> | null = null;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      const malformed = new MalformedMultipartError(error);
      if (!pending) return reject(malformed);
      pending.then(
        () => reject(malformed),
        () => reject(malformed),
      );
    };
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      // busboy destroys a part's stream with an error when the body breaks off; a part nobody reads (or
      // one whose reader has finished) would otherwise throw it as an uncaughtException.
      stream.on("error", () => {});
      if (name !== "file" || pending || !info.filename) {
        stream.resume();
        return;
      }
      pending = onFile({ ...fields }, { name: info.filename, stream });
      pending.catch(() => {});
    });
    parser.on("close", () => {
      if (failed) return;
      if (!pending) return resolve({ fields, result: null });
      pending.then((result) => resolve({ fields, result }), reject);
    });
    parser.on("error", fail);
    const body = Readable.fromWeb(request.body as unknown as WebReadableStream<Uint8Array>);
    body.on("error", (error) => parser.destroy(error));
    body.pipe(parser);
  });
}
