import { Readable } from "node:stream";
import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierDrafts, dossierHistory, dossiers, files, services, users } from "@/db/schema";
import { createLocalStorage } from "@/lib/storage/local-storage";
import type { DossierStatus } from "@/lib/workflow/statuses";

let sequence = 0;
const unique = () => `${process.pid}${Date.now() % 100000}${++sequence}`;

export async function insertUser(db: Database, name = "Nguyễn Văn A") {
  const n = unique();
  const [user] = await db
    .insert(users)
    .values({ kind: "citizen", email: `u${n}@example.vn`, fullName: name, idNumber: `0491${n.padStart(8, "0").slice(-8)}` })
    .returning();
  if (!user) throw new Error("no user");
  return user;
}

export async function firstService(db: Database) {
  const [service] = await db.select().from(services).orderBy(asc(services.id)).limit(1);
  if (!service) throw new Error("catalog not seeded");
  return service;
}

/** Stores bytes through the local-folder store rooted at `storageDir`; returns the storage key. */
export async function storeBytes(storageDir: string, bytes: Buffer) {
  return (await createLocalStorage(storageDir).put(Readable.from([bytes]))).key;
}

let codeNumber = 0;

export async function insertDossier(
  db: Database,
  options: { userId: string; idNumber: string; status?: DossierStatus; submittedAt?: Date; email?: string; storageDir?: string },
) {
  const service = await firstService(db);
  const submittedAt = options.submittedAt ?? new Date("2026-11-20T02:00:00Z");
  const code = `000.00.00.H47-261120-${String(++codeNumber + (process.pid % 5000)).padStart(4, "0")}`;
  const status = options.status ?? 1;
  const [dossier] = await db
    .insert(dossiers)
    .values({
      code,
      userId: options.userId,
      serviceId: service.id,
      serviceVersion: service.version,
      serviceCode: service.code,
      serviceName: service.name,
      unitId: service.agencyId,
      status,
      channel: 2,
      applicant: {
        fullName: "Nguyễn Văn A",
        idNumber: options.idNumber,
        phone: "0905123456",
        email: options.email ?? "a@example.vn",
        address: "Tam Kỳ",
      },
      applicantName: "Nguyễn Văn A",
      applicantIdNumber: options.idNumber,
      formData: {},
      submittedAt,
      receiptDeadline: new Date(submittedAt.getTime() + 86_400_000),
      dueAt: new Date(submittedAt.getTime() + 10 * 86_400_000),
    })
    .returning();
  if (!dossier) throw new Error("no dossier");
  await db.insert(dossierHistory).values({
    dossierId: dossier.id,
    at: submittedAt,
    actorUserId: options.userId,
    actorKind: "citizen",
    actorName: "Nguyễn Văn A",
    action: "submit",
    toStatus: 1,
    visibility: "public",
  });
  if (status !== 1) {
    await db.insert(dossierHistory).values({
      dossierId: dossier.id,
      at: new Date(submittedAt.getTime() + 3_600_000),
      actorKind: "officer",
      actorName: "Trần Thị Cán Bộ",
      action: "change-status",
      fromStatus: 1,
      toStatus: status,
      note: "Ghi chú nội bộ có tên người nộp Nguyễn Văn A",
      visibility: "public",
    });
  }
  let fileId: string | null = null;
  if (options.storageDir) {
    const bytes = Buffer.from(`%PDF-1.4 tệp của ${code}`);
    const storageKey = await storeBytes(options.storageDir, bytes);
    const [file] = await db
      .insert(files)
      .values({
        ownerUserId: options.userId,
        dossierId: dossier.id,
        documentIndex: 0,
        originalName: "Đơn đề nghị.pdf",
        fileName: "Đơn đề nghị.pdf",
        contentType: "application/pdf",
        size: bytes.length,
        sha256: "0".repeat(64),
        storageKey,
      })
      .returning({ id: files.id });
    fileId = file?.id ?? null;
  }
  return { dossier, fileId };
}

export async function insertDraft(db: Database, userId: string, options: { updatedAt?: Date; storageDir?: string } = {}) {
  const service = await firstService(db);
  const [draft] = await db
    .insert(dossierDrafts)
    .values({ userId, serviceId: service.id, serviceVersion: service.version, step: 3, updatedAt: options.updatedAt ?? new Date() })
    .returning();
  if (!draft) throw new Error("no draft");
  let storageKey: string | null = null;
  if (options.storageDir) {
    storageKey = await storeBytes(options.storageDir, Buffer.from("%PDF-1.4 nháp"));
    await db.insert(files).values({
      ownerUserId: userId,
      draftId: draft.id,
      originalName: "nhap.pdf",
      fileName: "nhap.pdf",
      contentType: "application/pdf",
      size: 13,
      sha256: "0".repeat(64),
      storageKey,
    });
  }
  return { draft, storageKey, service };
}
