import { Transform, type TransformCallback } from "node:stream";

/** PDF, JPEG and PNG only, recognised by their first bytes (magic numbers), never by the name. */
export type AcceptedType = "application/pdf" | "image/jpeg" | "image/png";
const EXTENSIONS: Record<AcceptedType, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

const SIGNATURES: Array<{ type: AcceptedType; bytes: number[] }> = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];
const SNIFF_BYTES = 8;

export function sniffContentType(head: Uint8Array): AcceptedType | null {
  for (const { type, bytes } of SIGNATURES) {
    if (head.length >= bytes.length && bytes.every((b, i) => head[i] === b)) return type;
  }
  return null;
}

export type UploadErrorCode = "too_large" | "bad_type" | "empty";

export class UploadError extends Error {
  constructor(readonly code: UploadErrorCode) {
    super(`Upload refused: ${code}`);
    this.name = "UploadError";
  }
}

/**
 * A pass-through stream that refuses the upload as soon as it is too large or its first bytes are not
 * a PDF/JPEG/PNG; `contentType` is known once the first bytes have gone through.
 */
export class UploadGuard extends Transform {
  contentType: AcceptedType | null = null;
  bytes = 0;
  private head: Buffer[] = [];
  private headLength = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return callback(new UploadError("too_large"));
    if (this.contentType) return callback(null, chunk);
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < SNIFF_BYTES) return callback();
    this.release(callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.bytes === 0) return callback(new UploadError("empty"));
    if (this.contentType) return callback();
    this.release(callback);
  }

  private release(callback: TransformCallback): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    this.contentType = sniffContentType(head);
    if (!this.contentType) return callback(new UploadError("bad_type"));
    callback(null, head);
  }
}

const RESERVED = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/**
 * A safe display and download name: no folders, control or reserved characters, no leading dots,
 * Vietnamese letters kept (NFC), at most 120 characters, and the extension of the detected type.
 */
export function sanitizeFileName(name: string, type: AcceptedType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const stem = base
    .normalize("NFC")
    .replace(/\.[^.]*$/, "")
    .replace(RESERVED, " ")
    .replace(/\s+/g, " ")
    .replace(/^[.\s-]+|[.\s]+$/g, "")
    .slice(0, 120)
    .trim();
  return `${stem || "tep"}.${EXTENSIONS[type]}`;
}
