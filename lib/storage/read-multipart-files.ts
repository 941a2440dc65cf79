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

export interface MultipartFilesLimits {
  /** Bytes allowed per file; a part is cut at maxBytes + 1 so the upload guard reports it as too large. */
  maxBytes: number;
  /** Files handed to `onFile`; later ones are drained and counted in `skipped`. */
  maxFiles: number;
  /** The longest text field (characters are up to 4 bytes). */
  maxFieldBytes: number;
}

/**
 * Reads a multipart/form-data form with several files (field `fileField`) as a stream (uploads without
 * JavaScript): the text fields, and each file handed to `onFile` while it arrives, with the fields sent
 * before it, one after another (the next waits until the previous has settled). Nothing is buffered whole. A malformed or cut-off body rejects with MalformedMultipartError
 * after the started `onFile` calls have settled, so they can drop what they stored.
 */
export function readMultipartFiles<T>(
  request: Request,
  fileField: string,
  limits: MultipartFilesLimits,
  onFile: (file: MultipartFile, fieldsBefore: Record<string, string>) => Promise<T>,
): Promise<{ fields: Record<string, string>; results: T[]; skipped: number }> {
  const contentType = request.headers.get("content-type") ?? "";
  return new Promise((resolve, reject) => {
    if (!request.body || !contentType.toLowerCase().startsWith("multipart/form-data")) {
      resolve({ fields: {}, results: [], skipped: 0 });
      return;
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": contentType },
        defParamCharset: "utf8",
        limits: {
          files: limits.maxFiles + 20,
          fields: 40,
          fieldSize: limits.maxFieldBytes,
          parts: limits.maxFiles + 60,
          fileSize: limits.maxBytes + 1,
        },
      });
    } catch (error) {
      reject(new MalformedMultipartError(error));
      return;
    }
    const fields: Record<string, string> = {};
    const results: T[] = [];
    let skipped = 0;
    let started = 0;
    // Never rejects: a failed onFile is kept, and the files after it are drained so the parser goes on.
    let chain: Promise<void> = Promise.resolve();
    let fileError: unknown = null;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      const malformed = new MalformedMultipartError(error);
      void chain.then(() => reject(malformed));
    };
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      // busboy destroys a part's stream with an error when the body breaks off; unread, it would be thrown.
      stream.on("error", () => {});
      // An empty file input still sends a part, without a name.
      const fileName = info.filename;
      if (name !== fileField || !fileName) {
        stream.resume();
        return;
      }
      if (started >= limits.maxFiles) {
        skipped++;
        stream.resume();
        return;
      }
      started++;
      const fieldsBefore = { ...fields };
      chain = chain.then(async () => {
        if (fileError) return void stream.resume();
        try {
          results.push(await onFile({ name: fileName, stream }, fieldsBefore));
        } catch (error) {
          fileError = error;
          stream.resume();
        }
      });
    });
    parser.on("close", () => {
      if (failed) return;
      void chain.then(() => (fileError ? reject(fileError) : resolve({ fields, results, skipped })));
    });
    parser.on("error", fail);
    const body = Readable.fromWeb(request.body as unknown as WebReadableStream<Uint8Array>);
    body.on("error", (error) => parser.destroy(error));
    body.pipe(parser);
  });
}

/**
 * The one-file case (a document slot, a processing file): the part named `file` handed to `onFile` with the
 * text fields sent before it; `result` is null when no file was sent.
 */
export async function readMultipartUpload<T>(
  request: Request,
  maxBytes: number,
  onFile: (fields: Record<string, string>, file: MultipartFile) => Promise<T>,
): Promise<{ fields: Record<string, string>; result: T | null }> {
  const { fields, results } = await readMultipartFiles(request, "file", { maxBytes, maxFiles: 1, maxFieldBytes: 4000 }, (file, before) =>
    onFile(before, file),
  );
  return { fields, result: results[0] ?? null };
}
