import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { feedbackAttachments, files, units, users } from "@/db/schema";
import { applyFeedbackAction } from "@/lib/feedback/apply-feedback-action";
import {
  discardFeedbackAttachments,
  getFeedbackAttachmentForOfficer,
  storeFeedbackAttachment,
  sweepUnlinkedFeedbackAttachments,
} from "@/lib/feedback/feedback-attachments";
import type { FeedbackOfficer } from "@/lib/feedback/feedback-officer";
import { findPendingSend, keepPendingSend, sweepPendingSends } from "@/lib/feedback/feedback-pending-sends";
import { getFeedbackForOfficer } from "@/lib/feedback/officer-feedback-view";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import type { FileStorage } from "@/lib/storage/file-storage";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { setupTestDatabase } from "./test-database";

let db: Database;
setupTestDatabase((h) => (db = h.db));

let storageDir: string;
let storage: FileStorage;
let operator: FeedbackOfficer;
let construction: FeedbackOfficer;
let justice: FeedbackOfficer;
let constructionId: number;

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(os.tmpdir(), "feedback-attachments-"));
  storage = createLocalStorage(storageDir);
  const unitId = async (code: string) => (await db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
  constructionId = await unitId("000.00.09.H47");
  const make = async (id: string, roles: string[], unit: number) => {
    await db.insert(users).values({ id, kind: "officer", email: `${id}@example.vn`, fullName: `Cán bộ ${roles[0]}`, unitId: unit, roles });
    return { id, fullName: `Cán bộ ${roles[0]}`, roles, unitId: unit };
  };
  operator = await make("00000000-0000-4000-8000-0000000000a1", ["tong-dai-vien"], await unitId("000.00.01.H47"));
  construction = await make("00000000-0000-4000-8000-0000000000a2", ["chuyen-vien"], constructionId);
  justice = await make("00000000-0000-4000-8000-0000000000a3", ["chuyen-vien", "lanh-dao"], await unitId("000.00.03.H47"));
});

afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

const now = new Date("2026-11-18T03:00:00Z");
const MAX = 1024 * 1024;
const pdf = (text: string) => Readable.from([Buffer.from(`%PDF-1.4\n${text}\n%%EOF`)]);
const png = () => Readable.from([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])]);

let serial = 0;
function send(attachmentIds: string[]) {
  serial += 1;
  return submitFeedback(
    db,
    {
      kind: "phan-anh",
      subject: `Công trình lấn chiếm vỉa hè (${serial})`,
      content: `Công trình số ${serial} xây lấn vỉa hè, có ảnh chụp và biên bản kèm theo.`,
      senderName: "Lê Thị Cúc",
      senderPhone: `0912${String(100_000 + serial).slice(-6)}`,
      consentToPublish: false,
      userId: null,
      clientAddress: `10.9.0.${serial}`,
      attachmentIds,
    },
    now,
  );
}

async function store(body: Readable, name: string) {
  return storeFeedbackAttachment(db, storage, { originalName: name, body, maxBytes: MAX, ownerUserId: null });
}

describe("feedback attachments", () => {
  it("stores type-checked files, links them to the item it is sent with, and lets only who sees the item download them", async () => {
    const photo = await store(png(), "ảnh vỉa hè.png");
    const minutes = await store(pdf("biên bản"), "Biên bản.pdf");
    if (!photo.ok || !minutes.ok) throw new Error("refused");
    const sent = await send([photo.fileId, minutes.fileId]);
    if (!sent.ok) throw new Error(sent.message);

    const links = await db.select().from(feedbackAttachments).where(eq(feedbackAttachments.feedbackId, sent.id));
    expect(links.map((l) => l.fileId).sort()).toEqual([photo.fileId, minutes.fileId].sort());
    const view = await getFeedbackForOfficer(db, operator, sent.id, now);
    expect(view?.attachments.map((a) => a.name)).toEqual(["ảnh vỉa hè.png", "Biên bản.pdf"]);

    // The centre sees every item's files; an agency nothing until the item is forwarded to it.
    const download = await getFeedbackAttachmentForOfficer(db, operator, sent.id, minutes.fileId);
    expect(download).toMatchObject({ fileName: "Biên bản.pdf", contentType: "application/pdf" });
    const bytes = Buffer.concat(await (await storage.get(download!.storageKey)).toArray());
    expect(bytes.toString()).toContain("biên bản");
    expect(await getFeedbackAttachmentForOfficer(db, construction, sent.id, minutes.fileId)).toBeNull();
    expect(await applyFeedbackAction(db, operator, sent.id, { action: "forward", unitId: constructionId }, now)).toMatchObject({ ok: true });
    expect(await getFeedbackAttachmentForOfficer(db, construction, sent.id, minutes.fileId)).toMatchObject({ fileName: "Biên bản.pdf" });
    expect(await getFeedbackAttachmentForOfficer(db, justice, sent.id, minutes.fileId)).toBeNull();
    // A file id of another item, through this item's address, is not found either.
    const other = await store(pdf("khác"), "khac.pdf");
    if (!other.ok) throw new Error("refused");
    const otherSent = await send([other.fileId]);
    if (!otherSent.ok) throw new Error(otherSent.message);
    expect(await getFeedbackAttachmentForOfficer(db, operator, sent.id, other.fileId)).toBeNull();
  });

  it("refuses a file that is not a PDF, JPEG or PNG by its content, or too large, and keeps nothing of it", async () => {
    expect(await store(Readable.from([Buffer.from("MZ\x90\x00 not a pdf at all")]), "hoa-don.pdf")).toEqual({
      ok: false,
      error: "bad_type",
      name: "hoa-don.pdf",
    });
    expect(
      await storeFeedbackAttachment(db, storage, { originalName: "lon.pdf", body: pdf("x".repeat(2000)), maxBytes: 1000, ownerUserId: null }),
    ).toMatchObject({
      ok: false,
      error: "too_large",
    });
    const stored: string[] = [];
    for await (const object of storage.list()) stored.push(object.key);
    const referenced = await db
      .select({ key: files.storageKey })
      .from(files)
      .where(inArray(files.storageKey, stored.length ? stored : ["-"]));
    expect(referenced).toHaveLength(stored.length);
  });

  it("links a file to one item only", async () => {
    const photo = await store(png(), "anh.png");
    if (!photo.ok) throw new Error("refused");
    expect(await send([photo.fileId])).toMatchObject({ ok: true });
    expect(await send([photo.fileId])).toMatchObject({ ok: false, error: "attachment", field: "attachments" });
  });

  it("discards the files of a send that did not happen, and sweeps files never linked once a day old", async () => {
    const refusedSend = await store(pdf("gửi bị từ chối"), "a.pdf");
    const abandoned = await store(pdf("bỏ dở"), "b.pdf");
    const linked = await store(pdf("đã gửi"), "c.pdf");
    if (!refusedSend.ok || !abandoned.ok || !linked.ok) throw new Error("refused");
    expect(await send([linked.fileId])).toMatchObject({ ok: true });
    const [refusedRow] = await db.select().from(files).where(eq(files.id, refusedSend.fileId));
    await discardFeedbackAttachments(db, storage, [refusedSend.fileId, linked.fileId]);
    // The refused send's file is gone, bytes too; a linked file is never discarded.
    expect(
      await db
        .select()
        .from(files)
        .where(inArray(files.id, [refusedSend.fileId, linked.fileId])),
    ).toMatchObject([{ id: linked.fileId }]);
    await expect(storage.get(refusedRow!.storageKey)).rejects.toThrow();

    const dayLater = new Date(Date.now() + 25 * 3_600_000);
    expect(await sweepUnlinkedFeedbackAttachments(db, new Date())).toBe(0);
    expect(await sweepUnlinkedFeedbackAttachments(db, dayLater)).toBeGreaterThanOrEqual(1);
    const left = await db
      .select({ id: files.id })
      .from(files)
      .where(inArray(files.id, [abandoned.fileId, linked.fileId]));
    expect(left).toEqual([{ id: linked.fileId }]);
  });

  it("keeps a refused send's text for an hour, for the form to come back with it", async () => {
    const values = {
      kind: "kien-nghi",
      subject: "Đề nghị",
      content: "Nội dung đủ dài",
      dossierCode: "",
      concernedUnitId: "",
      senderName: "An",
      senderPhone: "0905000111",
      senderEmail: "",
      consentToPublish: "on",
    };
    const id = await keepPendingSend(db, { values, refusal: "bad_type", fileName: "virus.exe" });
    expect(await findPendingSend(db, id, new Date())).toEqual({ values, refusal: "bad_type", fileName: "virus.exe" });
    expect(await findPendingSend(db, "not-a-uuid", new Date())).toBeNull();
    expect(await findPendingSend(db, id, new Date(Date.now() + 2 * 3_600_000))).toBeNull();
    expect(await sweepPendingSends(db, new Date(Date.now() + 2 * 3_600_000))).toBeGreaterThanOrEqual(1);
    expect(await findPendingSend(db, id, new Date())).toBeNull();
  });
});
