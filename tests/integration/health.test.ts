import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const globalForDb = globalThis as unknown as { portalDatabase?: Promise<{ close(): Promise<void> }> };

async function callHealth() {
  vi.resetModules();
  const { GET } = await import("@/app/api/health/route");
  return GET();
}

describe("GET /api/health", () => {
  const saved = { ...process.env };
  afterEach(async () => {
    const open = globalForDb.portalDatabase;
    globalForDb.portalDatabase = undefined;
    await open?.then((h) => h.close()).catch(() => {});
    process.env = { ...saved };
  });

  it("answers 503 with a reason when the database does not answer", async () => {
    process.env.DATABASE_URL = "postgres://nobody@127.0.0.1:1/none";
    const response = await callHealth();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.status).toBe("error");
    expect(body.reason).toMatch(/database unavailable/);
  });

  it("answers 200 and names the embedded database", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "portal-health-"));
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = dir;
    try {
      const response = await callHealth();
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok", database: "embedded" });
    } finally {
      await globalForDb.portalDatabase?.then((h) => h.close());
      globalForDb.portalDatabase = undefined;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
