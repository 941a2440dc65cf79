/**
 * `npm start`: builds when there is no production build, migrates and seeds an empty database, then
 * serves the portal. The database is closed before the server starts: PGlite opens its folder from one
 * process at a time. The Next.js server runs as a child process that is started again, with backoff, when
 * it crashes (scripts/supervise-server.ts); SIGINT or SIGTERM stops it for good.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openDatabase } from "@/db/client";
import { describeDemoAccounts, seedDemoAccounts, shouldSeedDemoAccounts } from "@/db/seed/demo-accounts";
import { exitOnInvalidConfig, serverEnv } from "@/lib/config";
import { prepareDatabase, shouldSeedHistory } from "./prepare-database";
import { superviseServer } from "./supervise-server";

process.env.NEXT_TELEMETRY_DISABLED = "1";
// `next start` runs with NODE_ENV=production: check the configuration as the server will see it.
exitOnInvalidConfig({ ...process.env, NODE_ENV: "production" });
const nextBin = path.resolve("node_modules/next/dist/bin/next");

if (!existsSync(path.resolve(".next/BUILD_ID"))) {
  console.log("Chưa có bản build: đang chạy next build…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Demo accounts only for the default embedded start, or when asked for: never silently in production.
const demo = shouldSeedDemoAccounts();
await prepareDatabase({ seed: true, demoAccounts: demo, history: shouldSeedHistory() });
// The demo start (demo accounts) also enables the clearly marked test payment gateway; production must ask.
if (demo) {
  process.env.PAYMENT_TEST_GATEWAY_IN_PRODUCTION ??= "1";
  process.env.PAYMENT_TEST_SECRET ??= randomBytes(24).toString("hex");
}

if (shouldSeedDemoAccounts()) {
  const handle = await openDatabase();
  try {
    await seedDemoAccounts(handle.db);
  } finally {
    await handle.close();
  }
  console.log(describeDemoAccounts());
}

const port = String(serverEnv().PORT);
console.log(`Cổng Dịch vụ công đang chạy tại http://localhost:${port}`);
// The preload stamps each request with its socket's address (lib/auth/client-address.ts relies on it).
const preload = pathToFileURL(path.resolve("scripts/socket-address-preload.mjs")).href;
const supervisor = superviseServer(() =>
  spawn(process.execPath, ["--import", preload, nextBin, "start", "-p", port], { stdio: "inherit", env: process.env }),
);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void supervisor.stop(signal).then(() => process.exit(0));
  });
}
