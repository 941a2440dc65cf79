/**
 * `npm run bench`: serves the production build on the Postgres server and on the embedded database,
 * one after the other, and prints requests/s and p50/p95 latency for the catalog pages at 10 and 50
 * connections, each page's ratio to a static baseline (the 404 page), and the gzipped first-load
 * JavaScript of /thu-tuc. Figures, not assertions: it never fails on a slow result.
 *
 * BENCH_SECONDS (default 8) sets each measurement's length; BENCH_ADMIN_URL the Postgres server
 * (default postgres://postgres@127.0.0.1:5432/postgres), on which it (re)creates BENCH_DATABASE
 * (default portal_bench); BENCH_PORTS the two ports, Postgres then embedded (default 3201,3202).
 * On the Postgres server it then measures dossier submissions and upload memory (scripts/bench-submissions.ts;
 * BENCH_SUBMIT_SECONDS, default 30, or 0 to skip). Then the officer queue (scripts/bench-officer-queue.ts,
 * BENCH_QUEUE) and the statistics pages and report queries (scripts/bench-statistics.ts, BENCH_STATISTICS)
 * on databases of their own with a million dossiers.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { percentile, runLoad } from "./load-run";
import postgres from "postgres";
import { exitOnInvalidConfig, serverEnv } from "@/lib/config";
import { benchSubmissions } from "./bench-submissions";
import { benchFeedback } from "./bench-feedback";

exitOnInvalidConfig();
const {
  BENCH_SECONDS: SECONDS,
  BENCH_ADMIN_URL: ADMIN_URL,
  BENCH_DATABASE: DATABASE,
  BENCH_PORTS: [PG_PORT, EMBEDDED_PORT],
  BENCH_SUBMIT_SECONDS,
  BENCH_FEEDBACK_SECONDS,
  BENCH_QUEUE,
  BENCH_STATISTICS,
} = serverEnv();
const CONNECTIONS = [10, 50];
const SINGLE_REQUESTS = 20;
const nextBin = path.resolve("node_modules/next/dist/bin/next");

const TARGETS = [
  { name: "404 (static baseline)", path: "/khong-co-trang-nay", baseline: true },
  { name: "/thu-tuc (cached list)", path: "/thu-tuc" },
  { name: "detail /thu-tuc/1.001193", path: "/thu-tuc/1.001193" },
  { name: "/thu-tuc?q=khai sinh", path: "/thu-tuc?q=khai%20sinh" },
  { name: "/api/v1/services?q=xay dung", path: "/api/v1/services?q=xay%20dung" },
  // The smallest dynamic page (a form, no data): what any page rendered per request costs at least.
  { name: "/tra-cuu (dynamic floor)", path: "/tra-cuu" },
] as const;

interface Measure {
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  non2xx: number;
}

async function measure(url: string, connections: number): Promise<Measure> {
  const { result, times } = await runLoad({ url, connections, duration: SECONDS });
  return {
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Median and slowest time of one request at a time, the server otherwise idle. */
async function singleRequests(url: string): Promise<{ median: number; max: number; kb: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < SINGLE_REQUESTS; i++) {
    const start = performance.now();
    bytes = (await (await fetch(url)).arrayBuffer()).byteLength;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), max: times[times.length - 1] ?? NaN, kb: bytes / 1024 };
}

async function waitForHealth(base: string, server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error("the server stopped before it answered");
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not answer /api/health within 2 minutes");
}

/**
 * The gzipped JavaScript /thu-tuc loads. `noModule` scripts (Next's legacy-browser polyfills) are
 * counted apart: browsers with ES modules, i.e. every current one, never download them.
 */
async function firstLoadJs(base: string): Promise<{ files: number; gzipBytes: number; noModuleBytes: number }> {
  const html = await (await fetch(`${base}/thu-tuc`)).text();
  const tags = new Map([...html.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)].map((m) => [m[2] ?? "", `${m[1]} ${m[3]}`]));
  let gzipBytes = 0;
  let noModuleBytes = 0;
  for (const [src, attributes] of tags) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    const size = gzipSync(body, { level: 9 }).length;
    if (/nomodule/i.test(attributes)) noModuleBytes += size;
    else gzipBytes += size;
  }
  return { files: tags.size, gzipBytes, noModuleBytes };
}

function prepare(env: NodeJS.ProcessEnv) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed.ts"], { stdio: "inherit", env });
  if (run.status !== 0) throw new Error("migrate/seed failed");
}

type AfterPages = (base: string, serverPid: number) => Promise<void>;

async function benchDatabase(label: string, env: NodeJS.ProcessEnv, port: number, afterPages?: AfterPages) {
  prepare(env);
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], { env, stdio: ["ignore", "ignore", "inherit"] });
  try {
    await waitForHealth(base, server);
    // Warm up: fills the page cache and the connection pool.
    for (const t of TARGETS) for (let i = 0; i < 5; i++) await fetch(`${base}${t.path}`).then((r) => r.arrayBuffer());
    const single: string[] = [];
    for (const t of TARGETS) {
      const r = await singleRequests(`${base}${t.path}`);
      single.push(`${t.name.padEnd(30)}  ${r.median.toFixed(1).padStart(8)}  ${r.max.toFixed(1).padStart(8)}  ${r.kb.toFixed(1).padStart(8)}`);
    }
    const rows: string[] = [];
    for (const connections of CONNECTIONS) {
      const results = [];
      for (const t of TARGETS) results.push({ t, m: await measure(`${base}${t.path}`, connections) });
      const baseline = results.find((r) => "baseline" in r.t)?.m.rps ?? NaN;
      for (const { t, m } of results) {
        rows.push(
          [
            `${connections}`.padStart(5),
            t.name.padEnd(30),
            m.rps.toFixed(0).padStart(8),
            m.p50.toFixed(1).padStart(8),
            m.p95.toFixed(1).padStart(8),
            (m.rps / baseline).toFixed(2).padStart(7),
            `${m.errors}/${m.non2xx}`.padStart(9),
          ].join("  "),
        );
      }
    }
    const js = await firstLoadJs(base);
    console.log(`\n### ${label}`);
    console.log(
      [
        "conns",
        "page".padEnd(30),
        "req/s".padStart(8),
        "p50 ms".padStart(8),
        "p95 ms".padStart(8),
        "ratio".padStart(7),
        "err/non2xx".padStart(9),
      ].join("  "),
    );
    for (const row of rows) console.log(row);
    console.log(`\none request at a time (${SINGLE_REQUESTS} each):`);
    console.log(["page".padEnd(30), "p50 ms".padStart(8), "max ms".padStart(8), "KB".padStart(8)].join("  "));
    for (const row of single) console.log(row);
    console.log(
      `first-load JS of /thu-tuc: ${(js.gzipBytes / 1024).toFixed(1)} KB gzip (${js.files} files; ` +
        `plus ${(js.noModuleBytes / 1024).toFixed(1)} KB of noModule polyfills that module browsers skip)`,
    );
    if (afterPages && server.pid) await afterPages(base, server.pid);
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}

process.env.NEXT_TELEMETRY_DISABLED = "1";
if (!existsSync(".next/BUILD_ID")) {
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log(`Bench: ${SECONDS}s per measurement, ${os.cpus().length} cores, Node ${process.version}`);

const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${DATABASE} with (force)`);
await admin.unsafe(`create database ${DATABASE}`);
await admin.end();
const pgUrl = new URL(ADMIN_URL);
pgUrl.pathname = `/${DATABASE}`;
// Uploads of the submission bench go to a throw-away folder.
const storageDir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-files-"));
const submissions: AfterPages | undefined =
  BENCH_SUBMIT_SECONDS === 0
    ? undefined
    : async (base, pid) => {
        await benchSubmissions(base, pgUrl.toString(), pid);
        await benchFeedback(base, pgUrl.toString(), BENCH_FEEDBACK_SECONDS);
      };
try {
  // Every feedback of the bench comes from 127.0.0.1: the per-address limit of anonymous senders is lifted.
  const pgEnv = { ...process.env, DATABASE_URL: pgUrl.toString(), STORAGE_DIR: storageDir, FEEDBACK_RATE_LIMIT: "100000000" };
  await benchDatabase("PostgreSQL server", pgEnv, PG_PORT, submissions);
} finally {
  rmSync(storageDir, { recursive: true, force: true });
}

const pgliteDir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
const embeddedEnv: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir };
delete embeddedEnv.DATABASE_URL;
try {
  await benchDatabase("Embedded PGlite", embeddedEnv, EMBEDDED_PORT);
} finally {
  rmSync(pgliteDir, { recursive: true, force: true });
}
console.log("\nTargets: cached pages ≥ 0.8 × baseline req/s; search p95 ≤ 50 ms at 10 connections; first-load JS ≤ 130 KB gzip.");

// The officer queue on 1,000,000 dossiers: its own database, filled once and kept.
if (BENCH_QUEUE === "1") {
  const queue = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-officer-queue.ts"], { stdio: "inherit", env: process.env });
  if (queue.status !== 0) process.exit(queue.status ?? 1);
}

// The statistics pages and report queries on the 2023 history plus 1,000,000 dossiers: its own database, kept.
if (BENCH_STATISTICS === "1") {
  const statistics = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-statistics.ts"], { stdio: "inherit", env: process.env });
  if (statistics.status !== 0) process.exit(statistics.status ?? 1);
}
