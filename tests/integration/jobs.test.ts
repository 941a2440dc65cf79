import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossiers, jobs, notifications } from "@/db/schema";
import { claimJobs, enqueueJob, runJobBatch } from "@/lib/jobs/job-queue";
import { remindOverdue, scanOverdue } from "@/lib/jobs/scan-overdue";
import { createDossier, createUser, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;
const t0 = new Date("2026-12-01T02:00:00Z");

setupTestDatabase((handle) => (db = handle.db));

describe("job queue", () => {
  it("queues a deduplicated job once while it is pending", async () => {
    await enqueueJob(db, "dedupe", {}, { dedupeKey: "k1", runAt: t0 });
    await enqueueJob(db, "dedupe", {}, { dedupeKey: "k1", runAt: t0 });
    expect(await db.select().from(jobs).where(eq(jobs.kind, "dedupe"))).toHaveLength(1);
    await runJobBatch(db, { dedupe: async () => {} }, { now: t0 });
    await enqueueJob(db, "dedupe", {}, { dedupeKey: "k1", runAt: t0 });
    expect(await db.select().from(jobs).where(eq(jobs.kind, "dedupe"))).toHaveLength(2);
  });

  it("never gives one job to two workers claiming at once", async () => {
    for (let i = 0; i < 6; i++) await enqueueJob(db, "claim", { i }, { runAt: t0 });
    const [a, b] = await Promise.all([claimJobs(db, { limit: 4, lockMs: 60_000, now: t0 }), claimJobs(db, { limit: 4, lockMs: 60_000, now: t0 })]);
    const ids = [...a!, ...b!].filter((j) => j.kind === "claim").map((j) => j.id);
    expect(new Set(ids).size).toBe(ids.length);
    // A lease that ran out frees the job for another worker.
    const later = await claimJobs(db, { limit: 10, lockMs: 60_000, now: new Date(t0.getTime() + 120_000) });
    expect(later.filter((j) => j.kind === "claim").length).toBe(ids.length);
  });

  it("retries a failing job with backoff and gives up after its attempts", async () => {
    await enqueueJob(db, "flaky", {}, { runAt: t0, maxAttempts: 2 });
    let calls = 0;
    const failing = {
      flaky: async () => {
        calls++;
        throw new Error("SMTP down");
      },
    };
    await runJobBatch(db, failing, { now: t0 });
    const [afterOne] = await db.select().from(jobs).where(eq(jobs.kind, "flaky"));
    expect(afterOne).toMatchObject({ attempts: 1, lastError: "SMTP down", doneAt: null });
    expect(afterOne!.runAt.getTime()).toBe(t0.getTime() + 30_000);
    await runJobBatch(db, failing, { now: new Date(t0.getTime() + 31_000) });
    const [afterTwo] = await db.select().from(jobs).where(eq(jobs.kind, "flaky"));
    expect(afterTwo!.doneAt).not.toBeNull();
    expect(calls).toBe(2);
  });
});

describe("overdue scan", () => {
  it("reminds the unit's reception and leaders once per overdue dossier", async () => {
    const anMy = await unitId(db, "000.01.22.H47");
    const reception = await createUser(db, { kind: "officer", unitId: anMy, roles: ["tiep-nhan"] });
    const specialist = await createUser(db, { kind: "officer", unitId: anMy, roles: ["chuyen-vien"] });
    const citizen = await createUser(db, { kind: "citizen" });
    const late = await createDossier(db, {
      serviceCode: "1.000308",
      unitId: anMy,
      userId: citizen.id,
      submittedAt: new Date("2026-11-01T02:00:00Z"),
      status: 4,
    });
    await db
      .update(dossiers)
      .set({ dueAt: new Date("2026-11-20T10:00:00Z") })
      .where(eq(dossiers.id, late.id));
    const onTime = await createDossier(db, {
      serviceCode: "1.000308",
      unitId: anMy,
      userId: citizen.id,
      submittedAt: new Date("2026-11-30T02:00:00Z"),
      status: 4,
    });
    await db
      .update(dossiers)
      .set({ dueAt: new Date("2026-12-20T10:00:00Z") })
      .where(eq(dossiers.id, onTime.id));

    expect(await scanOverdue(db, t0)).toBeGreaterThanOrEqual(1);
    await scanOverdue(db, t0);
    // Reminders are queued on the job queue's real time, whatever the workflow clock says.
    await runJobBatch(db, { "overdue-reminder": remindOverdue(db) }, { limit: 50 });
    const toReception = await db.select().from(notifications).where(eq(notifications.userId, reception.id));
    expect(toReception.filter((n) => n.dossierId === late.id)).toHaveLength(1);
    expect(toReception.some((n) => n.dossierId === onTime.id)).toBe(false);
    expect(await db.select().from(notifications).where(eq(notifications.userId, specialist.id))).toHaveLength(0);
  });

  it("takes the periods not yet reminded, however many were reminded before, batch after batch", async () => {
    const anMy = await unitId(db, "000.01.22.H47");
    const citizen = await createUser(db, { kind: "citizen" });
    const at = new Date("2027-03-01T02:00:00Z");
    const created = [];
    for (let i = 0; i < 3; i++) {
      const d = await createDossier(db, {
        serviceCode: "1.000308",
        unitId: anMy,
        userId: citizen.id,
        submittedAt: new Date("2027-01-04T02:00:00Z"),
        status: 4,
      });
      // Milliseconds in the deadline: the key writes them as toISOString() does.
      await db
        .update(dossiers)
        .set({ dueAt: new Date(Date.UTC(2027, 1, 1 + i, 9, 30, 0, 123 + i)) })
        .where(eq(dossiers.id, d.id));
      created.push(d.id);
    }
    // Everything late until then is reminded first, so the three are all that remains.
    while ((await scanOverdue(db, new Date("2027-01-31T00:00:00Z"))) > 0);
    await runJobBatch(db, { "overdue-reminder": async () => {} }, { limit: 500 });

    expect(await scanOverdue(db, at, 2)).toBe(2);
    // The two reminders run (done jobs stay in the table); the third period is found next.
    await runJobBatch(db, { "overdue-reminder": async () => {} }, { limit: 500 });
    expect(await scanOverdue(db, at, 2)).toBe(1);
    expect(await scanOverdue(db, at, 2)).toBe(0);
    const keys = (await db.select({ key: jobs.dedupeKey }).from(jobs).where(eq(jobs.kind, "overdue-reminder"))).map((j) => j.key);
    for (const [i, id] of created.entries())
      expect(keys).toContain(`overdue-reminder:${id}:${new Date(Date.UTC(2027, 1, 1 + i, 9, 30, 0, 123 + i)).toISOString()}`);
  });
});
