import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { files } from "@/db/schema";
import { createDraft } from "@/lib/dossiers/create-draft";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { removeDraftFile } from "@/lib/dossiers/remove-draft-file";
import { uploadDraftFile } from "@/lib/dossiers/upload-draft-file";
import type { FileStorage } from "@/lib/storage/file-storage";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { readMultipartUpload } from "@/lib/storage/read-multipart-files";
import { BIRTH_REGISTRATION, insertCitizen } from "./submission-helpers";
import { createTestDatabase, type TestDatabase } from "./test-database";

const MB = 1024 * 1024;
const MAX = 10 * MB;
const pdf = (size = 2000) => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(size - 9, 0x20)]);
const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(4000)]);

let testDb: TestDatabase;
let db: Database;
let storage: FileStorage;
let storageDir: string;

async function storedCount(): Promise<number> {
  let n = 0;
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(path.join(dir, entry.name));
      else n++;
    }
  };
  await walk(storageDir);
  return n;
}

/** Chunks like a network body, so the size limit trips mid-stream. */
function chunked(data: Buffer, size = 64 * 1024): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) parts.push(data.subarray(i, i + size));
  return Readable.from(parts);
}

async function newDraft(userId: string): Promise<string> {
  const service = await getSubmissionService(db, { code: BIRTH_REGISTRATION });
  return createDraft(db, userId, service!);
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.handle.db;
  storageDir = await mkdtemp(path.join(os.tmpdir(), "uploads-"));
  storage = createLocalStorage(storageDir);
});
afterAll(async () => {
  await testDb?.drop();
  await rm(storageDir, { recursive: true, force: true });
});

describe("uploadDraftFile", () => {
  it("stores a PDF for a document slot, sanitises its name, and replaces it on a second upload", async () => {
    const userId = await insertCitizen(db);
    const draftId = await newDraft(userId);
    const before = await storedCount();
    const first = await uploadDraftFile(db, storage, {
      userId,
      draftId,
      documentIndex: 1,
      originalName: "../Giấy chứng sinh.exe",
      body: chunked(pdf(300_000)),
      maxBytes: MAX,
    });
    expect(first).toMatchObject({
      ok: true,
      file: { fileName: "Giấy chứng sinh.pdf", contentType: "application/pdf", size: 300_000, documentIndex: 1 },
    });
    const second = await uploadDraftFile(db, storage, {
      userId,
      draftId,
      documentIndex: 1,
      originalName: "scan.png",
      body: chunked(pdf()),
      maxBytes: MAX,
    });
    expect(second.ok).toBe(true);
    const rows = await db.select().from(files).where(eq(files.draftId, draftId));
    expect(rows.map((r) => r.fileName)).toEqual(["scan.pdf"]);
    expect(await storedCount()).toBe(before + 1);
  });

  it("refuses an .exe renamed .pdf and a file over the limit, and keeps nothing of them", async () => {
    const userId = await insertCitizen(db);
    const draftId = await newDraft(userId);
    const before = await storedCount();
    expect(
      await uploadDraftFile(db, storage, { userId, draftId, documentIndex: 0, originalName: "to-khai.pdf", body: chunked(EXE), maxBytes: MAX }),
    ).toEqual({ ok: false, error: "bad_type" });
    expect(
      await uploadDraftFile(db, storage, { userId, draftId, documentIndex: 0, originalName: "lon.pdf", body: chunked(pdf(11 * MB)), maxBytes: MAX }),
    ).toEqual({ ok: false, error: "too_large" });
    expect(await db.select().from(files).where(eq(files.draftId, draftId))).toHaveLength(0);
    // give the store a moment to remove the partial file
    await new Promise((r) => setTimeout(r, 50));
    expect(await storedCount()).toBe(before);
  });

  it("answers not found for another user's draft and refuses an unknown slot", async () => {
    const owner = await insertCitizen(db);
    const other = await insertCitizen(db);
    const draftId = await newDraft(owner);
    expect(
      await uploadDraftFile(db, storage, { userId: other, draftId, documentIndex: 0, originalName: "a.pdf", body: chunked(pdf()), maxBytes: MAX }),
    ).toEqual({ ok: false, error: "not_found" });
    expect(
      await uploadDraftFile(db, storage, { userId: owner, draftId, documentIndex: 99, originalName: "a.pdf", body: chunked(pdf()), maxBytes: MAX }),
    ).toEqual({ ok: false, error: "bad_slot" });
    const ok = await uploadDraftFile(db, storage, {
      userId: owner,
      draftId,
      documentIndex: null,
      originalName: "them.pdf",
      body: chunked(pdf()),
      maxBytes: MAX,
    });
    if (!ok.ok) throw new Error(ok.error);
    expect(await removeDraftFile(db, storage, { userId: other, draftId, fileId: ok.file.id })).toBe(false);
    expect(await removeDraftFile(db, storage, { userId: owner, draftId, fileId: ok.file.id })).toBe(true);
    expect(await db.select().from(files).where(eq(files.draftId, draftId))).toHaveLength(0);
  });
});

describe("multipart upload (no JavaScript)", () => {
  function multipartRequest(slot: string, name: string, data: Buffer): Request {
    const form = new FormData();
    form.set("slot", slot);
    form.set("file", new Blob([new Uint8Array(data)]), name);
    return new Request("http://localhost/api/v1/drafts/x/files", { method: "POST", body: form });
  }

  it("streams the file part into the draft, and still finishes the form when the file is too large", async () => {
    const userId = await insertCitizen(db);
    const draftId = await newDraft(userId);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5000, 1)]);
    const upload = (request: Request) =>
      readMultipartUpload(request, MAX, (fields, file) =>
        uploadDraftFile(db, storage, {
          userId,
          draftId,
          documentIndex: Number(fields.slot),
          originalName: file.name,
          body: file.stream,
          maxBytes: MAX,
        }),
      );
    const good = await upload(multipartRequest("2", "CCCD mặt trước.png", png));
    expect(good.fields.slot).toBe("2");
    expect(good.result).toMatchObject({ ok: true, file: { fileName: "CCCD mặt trước.png", contentType: "image/png", size: png.length } });
    const big = await upload(multipartRequest("0", "big.pdf", pdf(11 * MB)));
    expect(big.result).toEqual({ ok: false, error: "too_large" });
    const exe = await upload(multipartRequest("0", "setup.pdf", EXE));
    expect(exe.result).toEqual({ ok: false, error: "bad_type" });
  });
});
