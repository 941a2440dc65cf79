/**
 * Officer-queue bench: the production build on the Postgres server with 1,000,000 dossiers
 * (BENCH_QUEUE_DOSSIERS), signed in as the demo reception officer of phường An Mỹ, measuring the default
 * queue, a search by code and a search by name at 1 and 16 connections (p50/p95).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { percentile, runLoad } from "./load-run";
import { and, eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { dossiers, users } from "@/db/schema";
import { seedBulkDossiers } from "@/db/seed/bulk-dossiers";
import { seedDemoOfficers } from "@/db/seed/demo-officers";
import { seedDatabase } from "@/db/seed/seed-database";
import { resolveAuthSecret } from "@/lib/auth/auth-secret";
import { completeSecondFactor, createSession } from "@/lib/auth/session-store";
import { exitOnInvalidConfig, loadConfig, parseEnv, serverEnv } from "@/lib/config";

exitOnInvalidConfig();
const { BENCH_QUEUE_DOSSIERS: COUNT, BENCH_SECONDS: SECONDS, BENCH_QUEUE_PORT: PORT, BENCH_ADMIN_URL: ADMIN_URL } = serverEnv();
const DB_NAME = "portal_bench_queue";

const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
const url = new URL(ADMIN_URL);
url.pathname = `/${DB_NAME}`;
const env = { ...process.env, DATABASE_URL: url.toString(), NEXT_TELEMETRY_DISABLED: "1", PORTAL_BACKGROUND_JOBS: "off" };
const config = loadConfig(env);

// Reuse the database when it already holds the dossiers (filling 1,000,000 takes about a minute).
const [exists] = await admin`select 1 from pg_database where datname = ${DB_NAME}`;
if (!exists) await admin.unsafe(`create database ${DB_NAME}`);
const handle = await openDatabase(config);
await migrateDatabase(handle, config);
await seedDatabase(handle.db);
await seedDemoOfficers(handle.db);
const [{ n }] = (await handle.db.select({ n: sql<number>`count(*)::int` }).from(dossiers)) as [{ n: number }];
if (n < COUNT) {
  const started = performance.now();
  await seedBulkDossiers(handle.db, COUNT - n);
  console.log(`Filled ${COUNT - n} dossiers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
// The steady state autovacuum reaches after a bulk insert: statistics, and the visibility map that lets the
// name search read the unit's name index alone instead of every heap page of the unit.
await handle.db.execute(sql`vacuum analyze dossiers`);
const [officer] = await handle.db
  .select()
  .from(users)
  .where(and(eq(users.email, "tiepnhan@example.vn")));
const sid = await createSession(handle.db, officer!.id);
await completeSecondFactor(handle.db, sid);
const [sample] = await handle.db.select({ code: dossiers.code }).from(dossiers).where(eq(dossiers.unitId, officer!.unitId!)).limit(1);
const [unitCount] = (await handle.db
  .select({ n: sql<number>`count(*)::int` })
  .from(dossiers)
  .where(eq(dossiers.unitId, officer!.unitId!))) as [{ n: number }];
await handle.close();

const cookieName = "authjs.session-token";
const token = await encode({ token: { sid, sub: officer!.id }, secret: resolveAuthSecret(parseEnv(env)), salt: cookieName });
const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(PORT)], { env, stdio: "ignore" });
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 240; i++) {
  if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) break;
  await new Promise((r) => setTimeout(r, 500));
}

const headers = { cookie: `${cookieName}=${token}` };
const check = await fetch(`${base}/quan-tri`, { headers, redirect: "manual" });
if (check.status !== 200) throw new Error(`signed-in officer queue answered ${check.status}`);

const targets = [
  ["default queue (chờ tiếp nhận)", "/quan-tri"],
  ["search by code", `/quan-tri?queue=tat-ca&q=${encodeURIComponent(sample!.code)}`],
  ["search by name", `/quan-tri?queue=tat-ca&q=${encodeURIComponent("Trần Minh")}`],
  // The specialist's and the leader's own queues (dossiers_assignee_idx, dossiers_waiting_leader_idx).
  ["mine (cua-toi)", "/quan-tri?queue=cua-toi"],
  ["waiting for approval (cho-phe-duyet)", "/quan-tri?queue=cho-phe-duyet"],
  ["unit in processing, by due date then submission", "/quan-tri?queue=dang-xu-ly"],
] as const;

async function measure(pathname: string, connections: number) {
  const { result, times } = await runLoad({ url: `${base}${pathname}`, connections, duration: SECONDS, headers });
  return {
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

console.log(
  `\nOfficer queue on ${COUNT.toLocaleString("en")} dossiers (${unitCount!.n.toLocaleString("en")} in the officer's unit), ${SECONDS} s each`,
);
console.log("| page | conns | req/s | p50 ms | p95 ms | errors |\n| --- | --- | --- | --- | --- | --- |");
try {
  for (const [label, pathname] of targets) {
    for (const connections of [1, 16]) {
      const m = await measure(pathname, connections);
      console.log(`| ${label} | ${connections} | ${m.rps.toFixed(0)} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.errors} |`);
    }
  }
} finally {
  server.kill("SIGTERM");
  await admin.end();
}
