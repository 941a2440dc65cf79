import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { dossierDrafts, files } from "@/db/schema";
import { listOwnDrafts } from "@/lib/dossiers/list-own-drafts";
import { purgeStaleDrafts } from "@/lib/dossiers/purge-stale-drafts";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { insertDossier, insertDraft, insertUser } from "./tracking-fixtures";

let testDb: TestDatabase;
let db: Database;
let storageDir: string;
const DAY = 86_400_000;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.handle.db;
  storageDir = await mkdtemp(path.join(os.tmpdir(), "tracking-drafts-"));
});

afterAll(async () => {
  await testDb?.drop();
  await rm(storageDir, { recursive: true, force: true });
});

describe("drafts on Hồ sơ của tôi", () => {
  it("lists the user's drafts with the service name and code, most recently updated first", async () => {
    const user = await insertUser(db);
    const older = await insertDraft(db, user.id, { updatedAt: new Date(Date.now() - 2 * DAY) });
    const newer = await insertDraft(db, user.id);
    const drafts = await listOwnDrafts(db, user.id);
    expect(drafts.map((d) => d.id)).toEqual([newer.draft.id, older.draft.id]);
    expect(drafts[0]).toMatchObject({ serviceCode: newer.service.code, serviceName: newer.service.name, step: 3 });
  });
});

describe("purgeStaleDrafts", () => {
  it("deletes drafts untouched for 30 days with their stored files, and keeps the rest", async () => {
    const user = await insertUser(db);
    const now = new Date("2026-11-28T10:00:00Z");
    const stale = await insertDraft(db, user.id, { updatedAt: new Date(now.getTime() - 31 * DAY), storageDir });
    const fresh = await insertDraft(db, user.id, { updatedAt: new Date(now.getTime() - 29 * DAY), storageDir });
    // A file already attached to a dossier is never removed with a draft.
    const { dossier, fileId } = await insertDossier(db, { userId: user.id, idNumber: "x", storageDir });
    await db
      .update(files)
      .set({ draftId: stale.draft.id })
      .where(eq(files.id, fileId ?? ""));

    const purged = await purgeStaleDrafts(db, createLocalStorage(storageDir), now);
    expect(purged).toBeGreaterThanOrEqual(1);
    const left = await db
      .select({ id: dossierDrafts.id })
      .from(dossierDrafts)
      .where(inArray(dossierDrafts.id, [stale.draft.id, fresh.draft.id]));
    expect(left.map((d) => d.id)).toEqual([fresh.draft.id]);
    await expect(stat(path.join(storageDir, stale.storageKey ?? ""))).rejects.toThrow();
    await expect(stat(path.join(storageDir, fresh.storageKey ?? ""))).resolves.toBeTruthy();
    const [kept] = await db
      .select()
      .from(files)
      .where(eq(files.id, fileId ?? ""));
    expect(kept?.dossierId).toBe(dossier.id);
    expect(kept?.draftId).toBeNull();

    expect(await purgeStaleDrafts(db, createLocalStorage(storageDir), now)).toBe(0);
  });
});
