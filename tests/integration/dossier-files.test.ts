import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossiers } from "@/db/schema";
import { createLocalStorage } from "@/lib/storage/local-storage";
import type { FileStorage } from "@/lib/storage/file-storage";
import { attachDossierFile } from "@/lib/workflow/attach-dossier-file";
import { createDossier, createUser, dossierFilesOf, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;
let storage: FileStorage;
const pdf = () => Readable.from([Buffer.from("%PDF-1.7\n% kết quả\n")]);
const exe = () => Readable.from([Buffer.from("MZ\x90\x00 not a pdf")]);

setupTestDatabase(async (handle) => {
  db = handle.db;
  storage = createLocalStorage(await mkdtemp(path.join(tmpdir(), "portal-files-")));
});

describe("files added during processing", () => {
  it("lets the unit's specialist add a result draft while processing, and the owner add supplementation only when asked", async () => {
    const anMy = await unitId(db, "000.01.22.H47");
    const specialist = await createUser(db, { kind: "officer", unitId: anMy, roles: ["chuyen-vien"] });
    const outsider = await createUser(db, { kind: "officer", unitId: await unitId(db, "000.00.09.H47"), roles: ["chuyen-vien"] });
    const owner = await createUser(db, { kind: "citizen" });
    const stranger = await createUser(db, { kind: "citizen" });
    const d = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: owner.id, submittedAt: new Date(), status: 4 });
    const base = { code: d.code, maxBytes: 1024 * 1024, originalName: "Dự thảo QĐ.pdf" };

    const ok = await attachDossierFile(db, storage, { ...base, user: specialist, purpose: "result-draft", body: pdf() });
    expect(ok).toMatchObject({ ok: true, fileName: "Dự thảo QĐ.pdf" });
    expect(await attachDossierFile(db, storage, { ...base, user: outsider, purpose: "result-draft", body: pdf() })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await attachDossierFile(db, storage, { ...base, user: specialist, purpose: "result-draft", body: exe() })).toEqual({
      ok: false,
      error: "bad_type",
    });
    expect(await attachDossierFile(db, storage, { ...base, user: owner, purpose: "supplement", body: pdf() })).toEqual({
      ok: false,
      error: "not_now",
    });
    await db.update(dossiers).set({ status: 5 }).where(eq(dossiers.id, d.id));
    expect(await attachDossierFile(db, storage, { ...base, user: stranger, purpose: "supplement", body: pdf() })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await attachDossierFile(db, storage, { ...base, user: owner, purpose: "supplement", body: pdf() })).toMatchObject({ ok: true });
    expect((await dossierFilesOf(db, d.id, ["result-draft", "supplement"])).map((f) => f.purpose).sort()).toEqual(["result-draft", "supplement"]);
  });
});
