/**
 * Statistics bench (docs/statistics.md, "Speed"): the production build on the Postgres server with the 2023 history plus
 * BENCH_STATISTICS_DOSSIERS bulk dossiers (default 1,000,000), in BENCH_STATISTICS_DATABASE, filled once
 * and kept (the history takes minutes, the bulk a quarter of an hour on the shared machine).
 *
 * Prints, measured in the same run:
 * - the server's CPU time per request (utime + stime of the server process and its children, from
 *   /proc/<pid>/stat) for /thong-ke for 2023 and for the officers' report (the province, signed in as a
 *   province-level officer, and a unit's services), and each one's ratio to the dynamic floor page
 *   (/tra-cuu, the floor `npm run bench` uses; the static 404 page is printed beside it, and the floor's
 *   Cache-Control, to show the floor is rendered per request); target ≤ 3 ×;
 * - the report query's p50/p95 in this process at one connection for every groupBy at the province's
 *   scope and for the officers' drill-down levels; target p95 ≤ 50 ms;
 * - the load average before and after, since other work on the machine inflates every latency.
 */
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { percentile, runLoad } from "./load-run";
import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { dossiers, users } from "@/db/schema";
import { seedBulkDossiers } from "@/db/seed/bulk-dossiers";
import { seedDemoOfficers } from "@/db/seed/demo-officers";
import { seedHistory2023 } from "@/db/seed/history-2023";
import { SEED_2023 } from "@/db/seed/history-2023-plan";
import { seedDatabase } from "@/db/seed/seed-database";
import { resolveAuthSecret } from "@/lib/auth/auth-secret";
import { completeSecondFactor, createSession } from "@/lib/auth/session-store";
import { exitOnInvalidConfig, loadConfig, parseEnv, serverEnv } from "@/lib/config";
import { computeReport } from "@/lib/statistics/compute-report";
import { yearPeriod } from "@/lib/statistics/period";
import { GROUP_BYS } from "@/lib/statistics/report-scope";
import { defaultReportYear } from "@/lib/statistics/public-period";
import { getPublicStatistics } from "@/lib/statistics/public-statistics";

exitOnInvalidConfig();
const {
  BENCH_SECONDS: SECONDS,
  BENCH_ADMIN_URL: ADMIN_URL,
  BENCH_STATISTICS_DATABASE: DB_NAME,
  BENCH_STATISTICS_DOSSIERS: BULK,
  BENCH_STATISTICS_PORT: PORT,
} = serverEnv();
const QUERY_RUNS = 50;
/** The province-level demo officer (quan-tri-he-thong) who may read the whole province's report. */
const PROVINCE_OFFICER = "quantri@example.vn";

const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
const url = new URL(ADMIN_URL);
url.pathname = `/${DB_NAME}`;
const env = { ...process.env, DATABASE_URL: url.toString(), NEXT_TELEMETRY_DISABLED: "1", PORTAL_BACKGROUND_JOBS: "off" };
const [exists] = await admin`select 1 from pg_database where datname = ${DB_NAME}`;
if (!exists) await admin.unsafe(`create database ${DB_NAME}`);
await admin.end();

// ---- the data: the history, then the bulk dossiers on top (each skipped when already there)
const config = loadConfig({ ...env, DATABASE_POOL_SIZE: "1" });
const handle = await openDatabase(config);
const db = handle.db;
await migrateDatabase(handle, config);
await seedDatabase(db);
await seedDemoOfficers(db);
let started = performance.now();
const written = await seedHistory2023(db, (line) => console.log(line));
if (written) console.log(`2023 history: ${written} dossiers in ${((performance.now() - started) / 1000).toFixed(0)} s`);
const historyCount = SEED_2023.tinh.received + SEED_2023.huyen.received + SEED_2023.xa.received;
const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(dossiers)) as [{ n: number }];
if (n - historyCount < BULK) {
  started = performance.now();
  await seedBulkDossiers(db, BULK - (n - historyCount));
  console.log(`Bulk: ${BULK - (n - historyCount)} dossiers in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  await db.execute(sql`vacuum analyze`);
}
const [counts] = (await db.execute(sql`
  select (select count(*) from dossiers)::int as dossiers, (select count(*) from statistics_daily)::int as daily,
         (select count(*) from statistics_monthly)::int as monthly,
         (select count(*) from statistics_monthly_service)::int as "monthlyService",
         (select count(*) from statistics_monthly_unit_service)::int as "monthlyUnitService"`)) as unknown as [
  { dossiers: number; daily: number; monthly: number; monthlyService: number; monthlyUnitService: number },
];
// The officers' unit level at its heaviest: the unit with the most 2023 dossiers, by service.
const [busiest] = (await db.execute(sql`
  select unit_id as "unitId", sum(received)::int as received from statistics_monthly
  where month >= '2023-01-01' and month < '2024-01-01' group by 1 order by 2 desc limit 1`)) as unknown as [{ unitId: number; received: number }];
const loadBefore = os.loadavg();

// ---- the queries, in this process, one connection
async function timeQuery(run: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < QUERY_RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
const year2023 = yearPeriod(2023);
const queries: [string, () => Promise<unknown>][] = [
  ["default year (max month with dossiers)", () => defaultReportYear(db, new Date())],
  // Every groupBy of GET /api/v1/statistics, for the province (the officers' report's first level is "tier").
  ...GROUP_BYS.map((groupBy): [string, () => Promise<unknown>] => [
    `computeReport 2023 province by ${groupBy}`,
    () => computeReport(db, year2023, {}, groupBy),
  ]),
  ["officers' tier level: 2023 communes by unit", () => computeReport(db, year2023, { tier: "xa" }, "unit")],
  [
    `officers' unit level: 2023 unit ${busiest.unitId} (${busiest.received.toLocaleString("en")} received) by service`,
    () => computeReport(db, year2023, { unitId: busiest.unitId }, "service"),
  ],
  [
    "a range cutting months (2023-03-15…2023-11-20) province by service",
    () => computeReport(db, { from: "2023-03-15", to: "2023-11-20", end: "2023-11-21" }, {}, "service"),
  ],
  ["/thong-ke's three reports (getPublicStatistics)", () => getPublicStatistics(db, year2023)],
];
const queryRows: string[] = [];
for (const [label, run] of queries) {
  const m = await timeQuery(run);
  queryRows.push(`| ${label} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} |`);
}

// ---- a signed-in province officer for the officers' report
const [officer] = await db.select().from(users).where(eq(users.email, PROVINCE_OFFICER));
const sid = await createSession(db, officer!.id);
await completeSecondFactor(db, sid);
await handle.close();
const cookieName = "authjs.session-token";
const token = await encode({ token: { sid, sub: officer!.id }, secret: resolveAuthSecret(parseEnv(env)), salt: cookieName });
const signedIn = { cookie: `${cookieName}=${token}` };

// ---- the server, and its CPU time per request
const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(PORT)], { env, stdio: "ignore" });
const base = `http://127.0.0.1:${PORT}`;
const TICKS_PER_SECOND = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** utime + stime, in ms, of `pid` and every process below it. */
function cpuMs(pid: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name, which may hold spaces: state ppid … utime (14th) stime (15th).
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop()!;
    total += stats.get(current)?.ticks ?? 0;
    for (const [child, s] of stats) if (s.ppid === current) queue.push(child);
  }
  return (total * 1000) / TICKS_PER_SECOND;
}

async function cpuPerRequest(pathname: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < 5; i++) await fetch(`${base}${pathname}`, { headers }).then((r) => r.arrayBuffer());
  const before = cpuMs(server.pid!);
  const { result, times } = await runLoad({ url: `${base}${pathname}`, connections: 2, duration: SECONDS, headers });
  const cpu = cpuMs(server.pid!) - before;
  return {
    requests: times.length,
    cpu: cpu / Math.max(1, times.length),
    p50: percentile(times, 50),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

try {
  for (let i = 0; i < 240; i++) {
    if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const reportPath = "/quan-tri/bao-cao?nam=2023";
  const unitReportPath = `/quan-tri/bao-cao?nam=2023&don-vi=${busiest.unitId}`;
  for (const pathname of [reportPath, unitReportPath]) {
    // The session above must open the report: a redirect to the sign-in page would measure the wrong page.
    const status = (await fetch(`${base}${pathname}`, { headers: signedIn, redirect: "manual" })).status;
    if (status !== 200) throw new Error(`${pathname} answered ${status} to the province officer's session`);
  }
  const floorResponse = await fetch(`${base}/tra-cuu`);
  await floorResponse.arrayBuffer();
  const targets: [string, string, Record<string, string>][] = [
    ["/tra-cuu (dynamic floor)", "/tra-cuu", {}],
    ["404 page (static, for reference; 404 by design, so its errors column counts them)", "/khong-co-trang-nay", {}],
    ["/thong-ke?nam=2023", "/thong-ke?nam=2023", {}],
    ["/quan-tri/bao-cao?nam=2023 (province, by tier)", reportPath, signedIn],
    [`/quan-tri/bao-cao?nam=2023&don-vi=${busiest.unitId} (a unit, by service)`, unitReportPath, signedIn],
  ];
  const results = [];
  for (const [label, pathname, headers] of targets) results.push({ label, m: await cpuPerRequest(pathname, headers) });
  const floor = results[0]!.m.cpu;

  const n = (x: number) => x.toLocaleString("en");
  console.log(
    `\nStatistics on ${n(counts.dossiers)} dossiers (2023 history + ${n(BULK)} bulk; roll-up rows: ${n(counts.daily)} daily, ` +
      `${n(counts.monthly)} monthly, ${n(counts.monthlyService)} monthly by service, ${n(counts.monthlyUnitService)} monthly by unit and service), ` +
      `${SECONDS} s per page at 2 connections`,
  );
  console.log(
    `The floor /tra-cuu is rendered per request: Cache-Control "${floorResponse.headers.get("cache-control")}", x-nextjs-cache "${floorResponse.headers.get("x-nextjs-cache") ?? "(none)"}".`,
  );
  console.log("| page | requests | server CPU ms/request | ratio to floor | p50 ms | errors |\n| --- | --- | --- | --- | --- | --- |");
  for (const { label, m } of results) {
    console.log(`| ${label} | ${m.requests} | ${m.cpu.toFixed(1)} | ${(m.cpu / floor).toFixed(2)} | ${m.p50.toFixed(1)} | ${m.errors} |`);
  }
  console.log(`\nReport queries in-process, 1 connection, ${QUERY_RUNS} runs each\n| query | p50 ms | p95 ms |\n| --- | --- | --- |`);
  for (const row of queryRows) console.log(row);
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(", ");
  console.log(`\nLoad average (1, 5, 15 min) before the queries: ${load(loadBefore)}; at the end: ${load(os.loadavg())}; ${os.cpus().length} cores.`);
  console.log("Targets: pages ≤ 3 × the floor's server CPU per request; report query p95 ≤ 50 ms.");
} finally {
  server.kill("SIGTERM");
}
