import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { dossierDrafts, notifications } from "@/db/schema";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { notifyStatusChange } from "@/lib/notifications/notify-status-change";
import { deleteOwnDraft } from "@/lib/dossiers/delete-own-draft";
import { downloadOwnFile } from "@/lib/tracking/download-own-file";
import { applyCitizenAction } from "@/lib/tracking/apply-citizen-action";
import { getOwnDossier } from "@/lib/tracking/get-own-dossier";
import { listOwnDossiers } from "@/lib/tracking/list-own-dossiers";
import { listOwnDrafts } from "@/lib/dossiers/list-own-drafts";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { WorkflowError } from "@/lib/workflow/workflow-error";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { insertDossier, insertDraft, insertUser } from "./tracking-fixtures";

let testDb: TestDatabase;
let db: Database;
let storageDir: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.handle.db;
  storageDir = await mkdtemp(path.join(os.tmpdir(), "tracking-rights-"));
});

afterAll(async () => {
  await testDb?.drop();
  await rm(storageDir, { recursive: true, force: true });
});

async function twoCitizens() {
  const owner = await insertUser(db, "Chủ Hồ Sơ");
  const other = await insertUser(db, "Người Khác");
  const { dossier, fileId } = await insertDossier(db, { userId: owner.id, idNumber: owner.idNumber ?? "", status: 4, storageDir });
  const { draft, storageKey } = await insertDraft(db, owner.id, { storageDir });
  return { owner, other, dossier, fileId: fileId ?? "", draft, draftKey: storageKey ?? "" };
}

describe("a citizen sees only their own dossiers", () => {
  it("the dossier page data: the owner gets status, timeline and files; anyone else gets nothing", async () => {
    const { owner, other, dossier, fileId } = await twoCitizens();
    const own = await getOwnDossier(db, owner.id, dossier.code);
    expect(own?.status).toBe(4);
    expect(own?.timeline.map((t) => t.toStatus)).toEqual([1, 4]);
    expect(own?.files.map((f) => f.id)).toEqual([fileId]);
    expect(await getOwnDossier(db, owner.id, dossier.code.toLowerCase())).not.toBeNull();
    expect(await getOwnDossier(db, other.id, dossier.code)).toBeNull();
    expect(await getOwnDossier(db, owner.id, "000.00.00.H47-261120-9999")).toBeNull();
  });

  it("the list shows only the user's dossiers and drafts, newest first, filtered by status", async () => {
    const { owner, other, dossier } = await twoCitizens();
    const newer = await insertDossier(db, { userId: owner.id, idNumber: "x", submittedAt: new Date("2026-11-25T02:00:00Z") });
    const all = await listOwnDossiers(db, owner.id);
    expect(all.rows.map((r) => r.code)).toEqual([newer.dossier.code, dossier.code]);
    expect((await listOwnDossiers(db, owner.id, { status: 4 })).rows.map((r) => r.code)).toEqual([dossier.code]);
    expect((await listOwnDossiers(db, other.id)).total).toBe(0);
    expect((await listOwnDrafts(db, owner.id)).length).toBe(1);
    expect(await listOwnDrafts(db, other.id)).toEqual([]);
  });
});

describe("the citizen's actions on a dossier (the /ho-so/<code> form)", () => {
  it("act on the owner's dossier only: anyone else's is not found and stays as it was", async () => {
    const { owner, other, dossier } = await twoCitizens();
    const request = { code: dossier.code, version: dossier.version, action: "request-withdrawal" as const, note: "Không cần nữa" };
    const refused = await applyCitizenAction(db, { id: other.id, fullName: other.fullName }, request).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WorkflowError);
    expect((refused as WorkflowError).code).toBe("not-found");
    expect((await getOwnDossier(db, owner.id, dossier.code))?.version).toBe(dossier.version);
    await applyCitizenAction(db, { id: owner.id, fullName: owner.fullName }, request);
    expect((await getOwnDossier(db, owner.id, dossier.code))?.version).toBe(dossier.version + 1);
  });
});

describe("downloads: GET /ho-so/<code>/tep/<fileId>", () => {
  const storage = () => createLocalStorage(storageDir);

  it("streams the file to its owner", async () => {
    const { owner, dossier, fileId } = await twoCitizens();
    const response = await downloadOwnFile(db, storage(), { userId: owner.id, code: dossier.code, fileId });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain("filename*=UTF-8''%C4%90%C6%A1n");
    expect(await response.text()).toBe(`%PDF-1.4 tệp của ${dossier.code}`);
  });

  it("answers 404 to another user, to the owner under another dossier's code, and to malformed ids", async () => {
    const { owner, other, dossier, fileId } = await twoCitizens();
    const second = await insertDossier(db, { userId: owner.id, idNumber: "x" });
    for (const input of [
      { userId: other.id, code: dossier.code, fileId },
      { userId: owner.id, code: second.dossier.code, fileId },
      { userId: owner.id, code: dossier.code, fileId: "not-a-uuid" },
      { userId: owner.id, code: dossier.code, fileId: "00000000-0000-4000-8000-000000000000" },
    ]) {
      const response = await downloadOwnFile(db, storage(), input);
      expect(response.status, JSON.stringify(input)).toBe(404);
    }
  });

  it("answers 404 when the bytes are missing from storage", async () => {
    const { owner, dossier, fileId } = await twoCitizens();
    const response = await downloadOwnFile(db, createLocalStorage(path.join(storageDir, "elsewhere")), {
      userId: owner.id,
      code: dossier.code,
      fileId,
    });
    expect(response.status).toBe(404);
  });
});

describe("drafts: delete", () => {
  it("another user's draft id deletes nothing; the owner deletes the draft and its stored file", async () => {
    const { owner, other, draft, draftKey } = await twoCitizens();
    const storage = createLocalStorage(storageDir);
    expect(await deleteOwnDraft(db, storage, { userId: other.id, draftId: draft.id })).toBe(false);
    expect(await deleteOwnDraft(db, storage, { userId: other.id, draftId: "bad id" })).toBe(false);
    expect(await db.select().from(dossierDrafts).where(eq(dossierDrafts.id, draft.id))).toHaveLength(1);
    await expect(stat(path.join(storageDir, draftKey))).resolves.toBeTruthy();

    expect(await deleteOwnDraft(db, storage, { userId: owner.id, draftId: draft.id })).toBe(true);
    expect(await db.select().from(dossierDrafts).where(eq(dossierDrafts.id, draft.id))).toHaveLength(0);
    await expect(stat(path.join(storageDir, draftKey))).rejects.toThrow();
    expect(await deleteOwnDraft(db, storage, { userId: owner.id, draftId: draft.id })).toBe(false);
    expect((await readdir(storageDir)).length).toBeGreaterThan(0);
  });
});

describe("notifications", () => {
  it("are listed only to their user, and another user's id marks nothing read", async () => {
    const { owner, other, dossier } = await twoCitizens();
    await db.transaction((tx) => notifyStatusChange(tx, { dossierId: dossier.id, toStatus: 5, note: "Bổ sung bản sao sổ hộ khẩu" }));
    const mine = await listNotifications(db, owner.id);
    expect(mine.unread).toBe(1);
    expect(mine.rows[0]?.title).toContain("Yêu cầu bổ sung giấy tờ");
    expect(mine.rows[0]?.link).toBe(`/ho-so/${encodeURIComponent(dossier.code)}`);
    expect((await listNotifications(db, other.id)).rows).toEqual([]);

    const id = mine.rows[0]?.id ?? 0;
    expect(await markNotificationsRead(db, { userId: other.id, notificationId: id })).toBe(0);
    expect((await listNotifications(db, owner.id)).unread).toBe(1);
    expect(await markNotificationsRead(db, { userId: owner.id, notificationId: id })).toBe(1);
    expect((await listNotifications(db, owner.id)).unread).toBe(0);
    const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
    expect(row?.readAt).toBeInstanceOf(Date);
  });
});
