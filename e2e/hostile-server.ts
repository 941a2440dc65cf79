import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { E2E_PAYMENT_SECRET } from "./payment-secret";

/**
 * A production server of the portal of the hostile-input suite's own, on a database of its own: its
 * stdout and stderr are read line by line (an uncaught error fails the suite), and the suite's forged
 * posts (locked sign-ins, disabled officers, odd dossiers) touch no other spec's data.
 */
export interface HostileServer {
  origin: string;
  log: string[];
  exited: () => string | null;
  stop: () => Promise<void>;
}

export const hostilePort = () => Number(process.env.HOSTILE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2);

/** With DATABASE_URL: a fresh database `<name>_hostile` on the same server; else a fresh embedded one. */
async function databaseEnv(): Promise<Record<string, string>> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const dir = path.resolve(".data/e2e-pglite-hostile");
    rmSync(dir, { recursive: true, force: true });
    return { PGLITE_DIR: dir };
  }
  const url = new URL(base);
  const name = `${url.pathname.slice(1) || "postgres"}_hostile`.replace(/[^\w]/g, "_");
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return { DATABASE_URL: url.toString() };
}

export async function startHostileServer(): Promise<HostileServer> {
  const port = hostilePort();
  const origin = `http://127.0.0.1:${port}`;
  const storageDir = path.resolve(".data/e2e-hostile-uploads");
  rmSync(storageDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    ...(await databaseEnv()),
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
    DEV_MAILBOX: "1",
    SEED_DEMO_ACCOUNTS: "1",
    PAYMENT_TEST_SECRET: E2E_PAYMENT_SECRET,
    PORTAL_URL: origin,
    // A store of its own: the orphan sweep of this database would take any other store's files for orphans.
    STORAGE_DIR: storageDir,
    // The statistics page's year of history is not the suite's business and takes minutes to write.
    SEED_HISTORY: "0",
  };
  const log: string[] = [];
  let exit: string | null = null;
  // Its own process group, so stopping it stops `next start` under scripts/start.ts too.
  const child: ChildProcess = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => log.push(...chunk.toString("utf8").split("\n").filter(Boolean));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  child.on("exit", (code, signal) => {
    exit = `exited with ${code ?? signal}`;
  });
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (exit) throw new Error(`The hostile-input server ${exit}:\n${log.slice(-40).join("\n")}`);
    const healthy = await fetch(`${origin}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (healthy) break;
    if (Date.now() > deadline) throw new Error(`The hostile-input server did not start:\n${log.slice(-40).join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return {
    origin,
    log,
    exited: () => exit,
    stop: async () => {
      if (exit || child.pid === undefined) return;
      const stopped = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (!exit) process.kill(-child.pid, "SIGKILL");
    },
  };
}

/** Lines of the server's output that mean an error escaped every handler (Next.js marks them with ⨯) or the server died and `npm start` restarted it. */
export function uncaughtErrors(log: string[]): string[] {
  return log.filter((line) => /⨯|uncaught|unhandled|FATAL|Check failed|Segmentation fault|heap out of memory|dừng bất thường/i.test(line));
}
