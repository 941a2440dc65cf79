import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createLocalStorage } from "@/lib/storage/local-storage";
import type { FileStorage } from "@/lib/storage/file-storage";
import { MalformedMultipartError, readMultipartUpload } from "@/lib/storage/read-multipart-files";
import { attachDossierFile } from "@/lib/workflow/attach-dossier-file";
import { createDossier, createUser, dossierFilesOf, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;
let storage: FileStorage;
let dir: string;

setupTestDatabase(async (handle) => {
  db = handle.db;
  dir = await mkdtemp(path.join(tmpdir(), "portal-cut-off-"));
  storage = createLocalStorage(dir);
});

/** A multipart body whose file part breaks off: no closing boundary, as when the connection drops. */
function cutOffUpload(): Request {
  const body =
    '--x\r\nContent-Disposition: form-data; name="file"; filename="bo-sung.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n' +
    "a".repeat(64 * 1024);
  return new Request("http://localhost/ho-so/x/tai-len", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body });
}

async function filesOnDisk(): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

describe("a cut-off supplementation upload", () => {
  it("rejects as malformed once the file handler has settled, and leaves no row and no bytes", async () => {
    const anMy = await unitId(db, "000.01.22.H47");
    const owner = await createUser(db, { kind: "citizen" });
    const dossier = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: owner.id, submittedAt: new Date(), status: 5 });
    let settled = false;
    const reading = readMultipartUpload(cutOffUpload(), 1024 * 1024, async (_fields, file) => {
      try {
        return await attachDossierFile(db, storage, {
          code: dossier.code,
          user: owner,
          purpose: "supplement",
          originalName: file.name,
          body: file.stream,
          maxBytes: 1024 * 1024,
        });
      } finally {
        settled = true;
      }
    });
    await expect(reading).rejects.toBeInstanceOf(MalformedMultipartError);
    expect(settled).toBe(true);
    expect(await dossierFilesOf(db, dossier.id, ["supplement"])).toEqual([]);
    expect(await filesOnDisk()).toEqual([]);
  });

  it("is malformed without a boundary too", async () => {
    const request = new Request("http://localhost/ho-so/x/tai-len", {
      method: "POST",
      headers: { "content-type": "multipart/form-data" },
      body: "x",
    });
    await expect(readMultipartUpload(request, 1024, async () => null)).rejects.toBeInstanceOf(MalformedMultipartError);
  });
});
