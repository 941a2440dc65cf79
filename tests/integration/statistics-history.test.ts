import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase, type Database, type DatabaseHandle } from "@/db/client";
import { seedHistory2023 } from "@/db/seed/history-2023";
import { SEED_2023 } from "@/db/seed/history-2023-plan";
import { computeReport } from "@/lib/statistics/compute-report";
import { monthPeriod, yearPeriod } from "@/lib/statistics/period";
import { loadConfig } from "@/lib/config";
import { createServerDatabase } from "./test-database";

const run = promisify(execFile);

// Writing 413,659 dossiers and their history takes minutes (on a busy two-core machine, many).
const LONG = 3_600_000;

/**
 * The history is written by the real command, `npm run seed:history`, in a process of its own: on the
 * embedded database one INSERT of 187,299 rows holds PGlite's thread for a minute, which in the test's
 * own process starved the test runner's messages (vitest: "Timeout calling onTaskUpdate").
 */
let db: Database;
let handle: DatabaseHandle;
let output = "";
let cleanUp = async () => {};
beforeAll(async () => {
  const config = loadConfig();
  const env: NodeJS.ProcessEnv = { ...process.env, SEED_HISTORY: "1" };
  let testConfig = config;
  if (config.databaseUrl) {
    const server = await createServerDatabase(config.databaseUrl);
    env.DATABASE_URL = server.url;
    testConfig = { ...config, databaseUrl: server.url, poolSize: 2 };
    cleanUp = server.drop;
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "portal-history-"));
    env.PGLITE_DIR = path.join(dir, "pglite");
    delete env.DATABASE_URL;
    testConfig = { ...config, pgliteDir: env.PGLITE_DIR };
    cleanUp = () => rm(dir, { recursive: true, force: true });
  }
  const tsx = path.resolve("node_modules/.bin/tsx");
  const result = await run(tsx, ["scripts/seed-history.ts"], { env, maxBuffer: 1 << 20, timeout: LONG });
  output = result.stdout;
  handle = await openDatabase(testConfig);
  db = handle.db;
}, LONG);
afterAll(async () => {
  await handle?.close();
  await cleanUp();
}, 120_000);

describe("the 2023 history (npm run seed:history)", () => {
  it(
    "reproduces the seed's nine figures in the report for 2023",
    async () => {
      expect(output).toMatch(/Đã tạo 413\.659 hồ sơ năm 2023/);
      const report = await computeReport(db, yearPeriod(2023), {}, "tier");
      const byTier = Object.fromEntries(report.groups.map((g) => [g.key, g.figures]));
      for (const [tier, seed] of Object.entries(SEED_2023)) {
        expect({ tier, received: byTier[tier]!.received, resolved: byTier[tier]!.resolved, resolvedOnline: byTier[tier]!.resolvedOnline }).toEqual({
          tier,
          ...seed,
        });
      }
      expect(report.total.received).toBe(413_659);
      expect(report.total.carriedOver).toBe(0);
    },
    LONG,
  );

  it(
    "is plausible: on time 97–99 %, a Tết dip, refusals, withdrawals, carried into 2024, history, fees and ratings",
    async () => {
      const year = (await computeReport(db, yearPeriod(2023))).total;
      expect(year.onTimeRate!).toBeGreaterThan(0.97);
      expect(year.onTimeRate!).toBeLessThan(0.99);
      expect(year.refused).toBeGreaterThan(0);
      expect(year.withdrawn).toBeGreaterThan(0);
      expect(year.inProgress).toBeGreaterThan(0);
      const january2024 = (await computeReport(db, monthPeriod(2024, 1))).total;
      expect(january2024.carriedOver).toBe(year.inProgress);

      const trend = await computeReport(db, yearPeriod(2023), {}, "month");
      const perWorkingDay = (m: number) => trend.groups[m]!.figures.received;
      // February (after Tết) takes in less than March.
      expect(perWorkingDay(1)).toBeLessThan(perWorkingDay(2));

      const counts = await db.execute(sql`
      select (select count(*) from dossier_history h join dossiers d on d.id = h.dossier_id where d.form_data @> '{"history": 2023}')::int as history,
             (select count(*) from payments where provider like 'lich-su%')::int as payments,
             (select count(*) from dossier_ratings r join dossiers d on d.id = r.dossier_id where d.form_data @> '{"history": 2023}')::int as ratings,
             (select count(*) from dossiers where form_data @> '{"history": 2023}' and supplement_requested_at is not null)::int as supplemented`);
      const row = (Array.isArray(counts) ? counts[0] : (counts as { rows: Record<string, number>[] }).rows[0]) as Record<string, number>;
      expect(row.history).toBeGreaterThan(413_659 * 3);
      expect(row.payments).toBeGreaterThan(1000);
      expect(row.ratings).toBeGreaterThan(1000);
      expect(row.supplemented).toBeGreaterThan(1000);
      // A second run adds nothing.
      expect(await seedHistory2023(db)).toBe(0);
    },
    LONG,
  );
});
