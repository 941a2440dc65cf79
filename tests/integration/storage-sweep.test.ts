import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { files, jobs } from "@/db/schema";
import { runJobBatch } from "@/lib/jobs/job-queue";
import { scheduleStorageSweep, sweepStorage, SWEEP_STORAGE_JOB } from "@/lib/jobs/sweep-storage";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { sweepOrphanFiles } from "@/lib/storage/sweep-orphan-files";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { insertDossier, insertDraft, insertUser } from "./tracking-fixtures";

let testDb: TestDatabase;
let db: Database;
let storageDir: string;
const HOUR = 3_600_000;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.handle.db;
  storageDir = await mkdtemp(path.join(os.tmpdir(), "storage-sweep-"));
});

afterAll(async () => {
  await testDb?.drop();
  await rm(storageDir, { recursive: true, force: true });
});

const fileOf = (key: string) => path.join(storageDir, ...key.split("/"));
const ageBy = (file: string, ms: number) => utimes(file, new Date(Date.now() - ms), new Date(Date.now() - ms));
const exists = (file: string) => readdir(path.dirname(file)).then((names) => names.includes(path.basename(file)));

async function orphan(ageMs: number): Promise<string> {
  const key = (await createLocalStorage(storageDir).put(Readable.from([Buffer.from("%PDF-1.4 mồ côi")]))).key;
  await ageBy(fileOf(key), ageMs);
  return key;
}

/** A partial write as a crash mid-upload leaves it: `<uuid>.tmp` in a month folder. */
async function partialWrite(ageMs: number): Promise<string> {
  const file = path.join(storageDir, "2026", "11", `${randomUUID()}.tmp`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, Buffer.alloc(4096, 1));
  await ageBy(file, ageMs);
  return file;
}

describe("the orphan sweep of the file store", () => {
  it("removes old unreferenced bytes and old partial writes, keeps referenced files and young ones", async () => {
    const user = await insertUser(db);
    const draft = await insertDraft(db, user.id, { storageDir });
    const dossier = await insertDossier(db, { userId: user.id, idNumber: "049090012345", storageDir });
    const draftFile = fileOf(draft.storageKey!);
    const [dossierRow] = await db.select({ key: files.storageKey }).from(files).where(eq(files.dossierId, dossier.dossier.id));
    const dossierFile = fileOf(dossierRow!.key);
    await ageBy(draftFile, 48 * HOUR);
    await ageBy(dossierFile, 90 * 24 * HOUR);
    const oldOrphan = fileOf(await orphan(25 * HOUR));
    const youngOrphan = fileOf(await orphan(HOUR));
    const oldPartial = await partialWrite(25 * HOUR);
    const youngPartial = await partialWrite(60_000);

    const result = await sweepOrphanFiles(db, createLocalStorage(storageDir));

    expect(await exists(oldOrphan)).toBe(false);
    expect(await exists(oldPartial)).toBe(false);
    expect(await exists(draftFile)).toBe(true);
    expect(await exists(dossierFile)).toBe(true);
    expect(await exists(youngOrphan)).toBe(true);
    expect(await exists(youngPartial)).toBe(true);
    expect(result).toEqual({ orphans: 1, partial: 1 });
    expect(await sweepOrphanFiles(db, createLocalStorage(storageDir))).toEqual({ orphans: 0, partial: 0 });
  });

  it("knows every column that keeps storage keys: a new one must be added to the sweep", async () => {
    const result = await db.execute(
      sql`select table_name || '.' || column_name as name from information_schema.columns where table_schema = current_schema() and (column_name like '%storage%' or column_name like '%object_key%') order by 1`,
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ name: string }>;
    expect(rows.map((r) => r.name)).toEqual(["files.storage_key"]);
  });

  it("is queued once however often it is scheduled, and runs from the job queue", async () => {
    const oldOrphan = fileOf(await orphan(30 * HOUR));
    await scheduleStorageSweep(db);
    await scheduleStorageSweep(db);
    expect(await db.select().from(jobs).where(eq(jobs.kind, SWEEP_STORAGE_JOB))).toHaveLength(1);
    expect(await runJobBatch(db, { [SWEEP_STORAGE_JOB]: sweepStorage(db, createLocalStorage(storageDir)) })).toBe(1);
    expect(await exists(oldOrphan)).toBe(false);
    const [job] = await db.select().from(jobs).where(eq(jobs.kind, SWEEP_STORAGE_JOB));
    expect(job).toMatchObject({ lastError: null });
    expect(job!.doneAt).not.toBeNull();
  });
});
