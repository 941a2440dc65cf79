/**
 * The submission part of `npm run bench`, run against the Postgres server:
 * - dossier submissions/s through POST /api/v1/dossiers (no uploads) at 16 connections, p50/p95, errors,
 *   and a check that no dossier code was given twice;
 * - the same database writes done directly (insertDossier in a transaction, same concurrency), and the
 *   ratio of the two;
 * - the server's RSS rise while 10 uploads of 10 MB each stream in at once (target < 100 MB).
 *
 * BENCH_SUBMIT_SECONDS (default 30) sets the length of the two submission runs.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { percentile, runLoad } from "./load-run";
import { eq, sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { dossiers, users } from "@/db/schema";
import { seedDemoAccounts } from "@/db/seed/demo-accounts";
import { applicantFromAccount, createDraft } from "@/lib/dossiers/create-draft";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { insertDossier } from "@/lib/dossiers/insert-dossier";
import { resolveReceivingUnit } from "@/lib/dossiers/receiving-units";
import { loadConfig, serverEnv } from "@/lib/config";

const SECONDS = serverEnv().BENCH_SUBMIT_SECONDS;
const CONNECTIONS = 16;
const UPLOADS = 10;
const UPLOAD_BYTES = 10 * 1024 * 1024;
const DEMO = { email: "congdan@example.vn", password: "CongDan@2024" };

/**
 * Đăng ký khai sinh at one commune: every submission of a run takes a code from the same counter (the
 * worst case). The direct run uses another commune: a unit has at most 9,999 codes a day (docs/domain.md#codes),
 * which the two runs together could use up.
 */
const SERVICE_CODE = "1.001193";
const UNIT_CODE = "000.01.22.H47"; // phường An Mỹ
const DIRECT_UNIT_CODE = "000.01.23.H47"; // phường Minh An
const FORM_DATA = {
  childFullName: "Nguyễn Minh An",
  childBirthDate: "2026-11-20",
  childSex: "Nam",
  birthPlace: "Bệnh viện Đa khoa tỉnh Quảng Nam",
  motherFullName: "Trần Thị Bình",
};

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");
}

/** Signs the demo citizen in through Auth.js (CSRF token, then the credentials callback); the Cookie header. */
export async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ identifier: DEMO.email, password: DEMO.password, csrfToken, callbackUrl: `${base}/` }),
  });
  const all = [...jar, ...cookiesOf(response)];
  if (!all.some((c) => c.includes("session-token="))) throw new Error(`sign-in failed (${response.status})`);
  return all.join("; ");
}

interface RunResult {
  count: number;
  seconds: number;
  p50: number;
  p95: number;
  errors: number;
  /** The distinct error messages, with how often each occurred. */
  errorKinds?: Record<string, number>;
}

async function submitThroughApi(base: string, cookie: string): Promise<RunResult & { statuses: Record<string, number> }> {
  const first = await fetch(`${base}/api/v1/dossiers`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ serviceCode: SERVICE_CODE, receivingUnitCode: UNIT_CODE, formData: FORM_DATA }),
  });
  if (first.status !== 201) throw new Error(`POST /api/v1/dossiers answered ${first.status}: ${await first.text()}`);
  const { result, times, statuses } = await runLoad({
    url: `${base}/api/v1/dossiers`,
    method: "POST",
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { cookie, "content-type": "application/json" },
    // No Idempotency-Key: the server gives every request its own, so each one is a new dossier.
    body: JSON.stringify({ serviceCode: SERVICE_CODE, receivingUnitCode: UNIT_CODE, formData: FORM_DATA }),
  });
  const created = statuses["201"] ?? 0;
  return {
    count: created,
    seconds: SECONDS,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors: result.errors + result.timeouts + (times.length - created),
    statuses,
  };
}

/** The same writes without HTTP, auth or validation: insertDossier in a transaction, 16 at a time. */
export async function submitDirectly(databaseUrl: string, userId: string): Promise<RunResult> {
  const handle = await openDatabase({ ...loadConfig(), databaseUrl, poolSize: CONNECTIONS });
  try {
    const db = handle.db;
    const service = await getSubmissionService(db, { code: SERVICE_CODE });
    if (!service) throw new Error(`no service ${SERVICE_CODE}`);
    const unit = await resolveReceivingUnit(db, service, { code: DIRECT_UNIT_CODE });
    const applicant = await applicantFromAccount(db, userId);
    if (!unit || !applicant) throw new Error("no receiving unit or applicant profile");
    const missingDocuments = service.documents.flatMap((d, index) => (d.required ? [index] : []));
    const times: number[] = [];
    let errors = 0;
    const errorKinds: Record<string, number> = {};
    const startedAt = performance.now();
    let end = startedAt + SECONDS * 1000;
    const worker = async () => {
      while (performance.now() < end) {
        const start = performance.now();
        try {
          await db.transaction((tx) =>
            insertDossier(tx, {
              userId,
              sourceDraftId: randomUUID(),
              service,
              unit,
              applicant,
              formData: FORM_DATA,
              missingDocuments,
              now: new Date(),
            }),
          );
          times.push(performance.now() - start);
        } catch (error) {
          const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
          const kind = (cause instanceof Error ? cause.message : String(cause)).slice(0, 120);
          // The unit's 9,999 codes of the day are used up: the run ends there, not an error of the writes.
          if (kind.startsWith("No dossier number left")) {
            end = Math.min(end, performance.now());
            continue;
          }
          errors++;
          errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
        }
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    const seconds = (Math.min(end, performance.now()) - startedAt) / 1000;
    times.sort((a, b) => a - b);
    return { count: times.length, seconds, p50: percentile(times, 50), p95: percentile(times, 95), errors, errorKinds };
  } finally {
    await handle.close();
  }
}

function rssKb(pid: number): number {
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? NaN);
}

/** 10 uploads of 10 MB at once (raw PUT, one draft each); the server's RSS before and at its peak. */
async function uploadMemory(base: string, cookie: string, databaseUrl: string, userId: string, serverPid: number) {
  const handle = await openDatabase({ ...loadConfig(), databaseUrl });
  let draftIds: string[];
  try {
    const service = await getSubmissionService(handle.db, { code: SERVICE_CODE });
    if (!service) throw new Error(`no service ${SERVICE_CODE}`);
    draftIds = await Promise.all(Array.from({ length: UPLOADS }, () => createDraft(handle.db, userId, service)));
  } finally {
    await handle.close();
  }
  const body = Buffer.alloc(UPLOAD_BYTES, 0x20);
  body.write("%PDF-1.7\n", 0, "latin1");
  const before = rssKb(serverPid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssKb(serverPid))), 20);
  const start = performance.now();
  const statuses = await Promise.all(
    draftIds.map(async (id, i) => {
      const response = await fetch(`${base}/api/v1/drafts/${id}/files?slot=extra`, {
        method: "PUT",
        headers: { cookie, "content-type": "application/pdf", "x-file-name": encodeURIComponent(`bench-${i}.pdf`) },
        body,
      });
      await response.arrayBuffer();
      return response.status;
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, rssKb(serverPid));
  return { before, peak, seconds, statuses };
}

async function countDuplicateCodes(databaseUrl: string) {
  const handle = await openDatabase({ ...loadConfig(), databaseUrl });
  try {
    const [row] = await handle.db
      .select({ total: sql<number>`count(*)::int`, distinctCodes: sql<number>`count(distinct ${dossiers.code})::int` })
      .from(dossiers);
    return { total: row?.total ?? 0, duplicates: (row?.total ?? 0) - (row?.distinctCodes ?? 0) };
  } finally {
    await handle.close();
  }
}

/** Seeds the demo citizen (the bench database is a server one, where `npm start` does not) and returns its id. */
async function demoUserId(databaseUrl: string): Promise<string> {
  const handle = await openDatabase({ ...loadConfig(), databaseUrl });
  try {
    await seedDemoAccounts(handle.db);
    const [user] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO.email));
    if (!user) throw new Error(`no demo account ${DEMO.email}`);
    return user.id;
  } finally {
    await handle.close();
  }
}

const rate = (r: RunResult) => r.count / r.seconds;
const fmt = (r: RunResult) =>
  `${rate(r).toFixed(1).padStart(8)}/s  in ${r.seconds.toFixed(1)} s  p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms  ` +
  `${r.count} done, ${r.errors} errors`;

/** Runs the three measurements against a running server on the Postgres database and prints them. */
export async function benchSubmissions(base: string, databaseUrl: string, serverPid: number) {
  const userId = await demoUserId(databaseUrl);
  const cookie = await signIn(base);
  // Uploads first, while the server's heap is not yet grown by the submission run.
  const upload = await uploadMemory(base, cookie, databaseUrl, userId, serverPid);
  const api = await submitThroughApi(base, cookie);
  const direct = await submitDirectly(databaseUrl, userId);
  const codes = await countDuplicateCodes(databaseUrl);
  console.log(`\nSubmissions, ${CONNECTIONS} connections, ${SECONDS} s each (Đăng ký khai sinh, one commune a run: one code counter)`);
  console.log(`POST /api/v1/dossiers   ${fmt(api)}  statuses ${JSON.stringify(api.statuses)}`);
  console.log(`insertDossier directly  ${fmt(direct)}`);
  if (direct.errors > 0) console.log(`  errors of the direct run: ${JSON.stringify(direct.errorKinds)}`);
  console.log(`ratio API / direct: ${(rate(api) / rate(direct)).toFixed(2)}`);
  console.log(`dossiers: ${codes.total}, duplicate codes: ${codes.duplicates}`);
  console.log(
    `${UPLOADS} parallel uploads of ${UPLOAD_BYTES / 1024 / 1024} MB: statuses ${upload.statuses.join(",")} in ${upload.seconds.toFixed(1)} s; ` +
      `server RSS ${(upload.before / 1024).toFixed(0)} → peak ${(upload.peak / 1024).toFixed(0)} MB ` +
      `(rise ${((upload.peak - upload.before) / 1024).toFixed(1)} MB, target < 100 MB)`,
  );
}
