import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { eq, like } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobs, rateLimits } from "@/db/schema";
import { PRUNE_RATE_LIMITS_JOB, RATE_LIMIT_RETENTION_MS, schedulePruneRateLimits } from "@/lib/jobs/prune-rate-limits";
import { runJobBatch } from "@/lib/jobs/job-queue";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { backgroundJobHandlers } from "@/lib/jobs/start-background-jobs";
import { setupTestDatabase } from "./test-database";

let db: Database;
setupTestDatabase((handle) => (db = handle.db));

const storageDir = mkdtempSync(path.join(os.tmpdir(), "prune-rate-limits-"));
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const HOUR = 3_600_000;

describe("the rate_limits pruning", () => {
  it("is queued once however often instances schedule it, and the server's job queue removes only dead windows", async () => {
    const now = Date.now();
    const ago = (ms: number) => new Date(now - ms);
    await db.insert(rateLimits).values([
      // Dead: last used two days ago.
      { key: "prune-test:old-lookup", windowStart: ago(48 * HOUR), count: 20, updatedAt: ago(48 * HOUR) },
      { key: "prune-test:old-signin", windowStart: new Date(0), count: 3, updatedAt: ago(RATE_LIMIT_RETENTION_MS + HOUR) },
      // Alive: used within the retention, or still locking someone out.
      { key: "prune-test:recent", windowStart: ago(HOUR), count: 2, updatedAt: ago(HOUR) },
      { key: "prune-test:locked", windowStart: new Date(0), count: 10, updatedAt: ago(48 * HOUR), lockedUntil: new Date(now + HOUR) },
    ]);

    await schedulePruneRateLimits(db);
    await schedulePruneRateLimits(db);
    const pending = await db.select().from(jobs).where(eq(jobs.kind, PRUNE_RATE_LIMITS_JOB));
    expect(pending).toHaveLength(1);

    // The handlers the server's background loop runs: the pruning is wired there, not only written.
    await runJobBatch(db, backgroundJobHandlers(db, createLocalStorage(storageDir)));

    const left = await db.select({ key: rateLimits.key }).from(rateLimits).where(like(rateLimits.key, "prune-test:%"));
    expect(left.map((r) => r.key).sort()).toEqual(["prune-test:locked", "prune-test:recent"]);
    const [job] = await db.select().from(jobs).where(eq(jobs.kind, PRUNE_RATE_LIMITS_JOB));
    expect(job?.doneAt).not.toBeNull();
    expect(job?.lastError).toBeNull();
  });
});
