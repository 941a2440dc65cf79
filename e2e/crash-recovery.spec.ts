import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { files } from "@/db/schema";
import { loadConfig } from "@/lib/config";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { sweepOrphanFiles } from "@/lib/storage/sweep-orphan-files";
import { CITIZEN } from "./submission-helpers";

/**
 * Crashes of the production server, through the real `npm start` (scripts/start.ts) on a port of its own:
 * kill -9 of the Next.js server process — idle, then in the middle of a large streamed upload. The
 * supervisor must bring it back and say why; the upload must leave no file under a key and no row, only
 * a partial write that the orphan sweep removes. Its own file store and (without DATABASE_URL) its own
 * embedded database, read by the test once the server is stopped.
 */
test.describe.configure({ mode: "serial" });

const port = Number(process.env.E2E_PORT ?? 3100) + 3;
const base = `http://127.0.0.1:${port}`;
test.use({ baseURL: base });

let work = "";
let storageDir = "";
let pgliteDir = "";
let supervisor: ChildProcess;
let output = "";
let draftId = "";

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`${base}/api/health`)).ok;
  } catch {
    return false;
  }
}

const serverPids = () => [...output.matchAll(/Máy chủ đã khởi động \(pid (\d+)\)/g)].map((m) => Number(m[1]));

async function waitForServer(after: number) {
  await expect.poll(async () => serverPids().length > after && (await healthy()), { timeout: 240_000, intervals: [500] }).toBe(true);
  return serverPids().at(-1)!;
}

async function listStore(): Promise<Array<{ name: string; size: number; file: string }>> {
  const found: Array<{ name: string; size: number; file: string }> = [];
  for (const year of await readdir(storageDir).catch(() => [] as string[])) {
    for (const month of await readdir(path.join(storageDir, year))) {
      for (const name of await readdir(path.join(storageDir, year, month))) {
        const file = path.join(storageDir, year, month, name);
        found.push({ name, size: (await stat(file).catch(() => ({ size: 0 }))).size, file });
      }
    }
  }
  return found;
}

test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "Runs once: its server has one port.");
  test.setTimeout(300_000);
  work = await mkdtemp(path.join(os.tmpdir(), "crash-recovery-"));
  storageDir = path.join(work, "uploads");
  pgliteDir = path.join(work, "pglite");
  // One process (no npx, no tsx relaunch), so the pid here is the supervisor's.
  supervisor = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      PGLITE_DIR: pgliteDir,
      STORAGE_DIR: storageDir,
      UPLOAD_MAX_BYTES: String(512 * 1024 * 1024),
      SEED_DEMO_ACCOUNTS: "1",
      PORTAL_BACKGROUND_JOBS: "off",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => (output += chunk.toString());
  supervisor.stdout!.on("data", collect);
  supervisor.stderr!.on("data", collect);
  await waitForServer(0);
});

test.afterAll(async () => {
  if (supervisor && supervisor.exitCode === null && supervisor.signalCode === null) supervisor.kill("SIGKILL");
  for (const pid of serverPids()) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  if (work) await rm(work, { recursive: true, force: true });
});

test("npm start brings the server back after kill -9 and logs why", async () => {
  const first = serverPids().at(-1)!;
  process.kill(first, "SIGKILL");
  await expect
    .poll(() => output, { timeout: 20_000 })
    .toMatch(new RegExp(`pid ${first}\\) dừng bất thường \\(tín hiệu SIGKILL\\).*khởi động lại sau 1 s`));
  const second = await waitForServer(1);
  expect(second).not.toBe(first);
  expect((await (await fetch(`${base}/api/health`)).json()) as object).toMatchObject({ status: "ok" });
});

test("kill -9 in the middle of an upload leaves no file under a key and no row; the sweep removes the partial write", async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto("/thu-tuc/1.001193/nop-ho-so");
  await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill(CITIZEN.login);
  await page.getByLabel("Mật khẩu").fill(CITIZEN.password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ" }).click();
  await expect(page).toHaveURL(/draft=[0-9a-f-]{36}/);
  draftId = new URL(page.url()).searchParams.get("draft")!;
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  // 300 MB declared, sent 256 KB at a time: far from done when the server dies.
  const request = http.request(`${base}/api/v1/drafts/${draftId}/files?slot=extra`, {
    method: "PUT",
    headers: { cookie, origin: base, "content-type": "application/pdf", "x-file-name": "ho-so-lon.pdf", "content-length": String(300 * 1024 * 1024) },
  });
  let requestEnded = false;
  const ended = new Promise<string>((resolve) => {
    request.on("error", (error) => resolve(`error ${error.message}`));
    request.on("response", (response) => resolve(`status ${response.statusCode}`));
  }).finally(() => (requestEnded = true));
  request.write(Buffer.from("%PDF-1.4\n"));
  const chunk = Buffer.alloc(256 * 1024, 0x20);
  const pump = setInterval(() => {
    if (!requestEnded) request.write(chunk);
  }, 10);
  try {
    await expect.poll(async () => Math.max(0, ...(await listStore()).map((f) => f.size)), { timeout: 60_000 }).toBeGreaterThan(8 * 1024 * 1024);
    const during = await listStore();
    expect(during.map((f) => f.name)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}\.tmp$/)]);
    const victim = serverPids().at(-1)!;
    process.kill(victim, "SIGKILL");
    expect(await ended).toMatch(/^error/);
    await expect.poll(() => output, { timeout: 20_000 }).toMatch(new RegExp(`pid ${victim}\\) dừng bất thường \\(tín hiệu SIGKILL\\)`));
  } finally {
    clearInterval(pump);
    request.destroy();
  }
  await waitForServer(2);

  const after = await listStore();
  expect(after.filter((f) => !f.name.endsWith(".tmp"))).toEqual([]);
  expect(after.filter((f) => f.name.endsWith(".tmp"))).toHaveLength(1);
});

test("SIGTERM stops the server for good; then no row exists for the upload and the sweep removes its bytes", async () => {
  const last = serverPids().at(-1)!;
  const exited = new Promise<number | null>((resolve) => supervisor.once("exit", (code) => resolve(code)));
  supervisor.kill("SIGTERM");
  expect(await exited).toBe(0);
  expect(output).toMatch(/Máy chủ đã dừng/);
  expect(() => process.kill(last, 0)).toThrow();
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(await healthy()).toBe(false);
  expect(serverPids().at(-1)).toBe(last);

  const handle = await openDatabase({ ...loadConfig(), pgliteDir });
  try {
    expect(await handle.db.select().from(files).where(eq(files.draftId, draftId))).toEqual([]);
    const storage = createLocalStorage(storageDir);
    // The partial write is young: a sweep now keeps it (its upload might still be running) …
    expect(await sweepOrphanFiles(handle.db, storage)).toEqual({ orphans: 0, partial: 0 });
    // … and a sweep a day later removes it.
    expect(await sweepOrphanFiles(handle.db, storage, new Date(Date.now() + 25 * 3_600_000))).toEqual({ orphans: 0, partial: 1 });
  } finally {
    await handle.close();
  }
  expect(await listStore()).toEqual([]);
});
