import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, defineConfig, devices } from "@playwright/test";
import { E2E_PAYMENT_SECRET } from "./e2e/payment-secret";
import { CLOCK_FILE, CLOCK_SERVER_URL, clockPort } from "./e2e/clock-server";
import { findBrowser } from "./scripts/browser-choice";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// CHROMIUM_PATH, else Debian's Chromium, else Playwright's own: the browser `npm run test:e2e` made sure of
// (scripts/ensure-browser.ts).
const executablePath = findBrowser({
  chromiumPath: process.env.CHROMIUM_PATH?.trim() || undefined,
  exists: existsSync,
  playwrightChromium: () => chromium.executablePath(),
})?.executablePath;
// Without DATABASE_URL the e2e server runs on a fresh embedded database of its own.
const pgliteDir = path.resolve(".data/e2e-pglite");
// The e2e servers' file store, apart from the developer's .data/uploads: a server's orphan sweep removes
// old bytes its own database does not reference. The specs that write files straight into it read it too.
const storageDir = path.resolve(".data/e2e-uploads");
process.env.STORAGE_DIR = storageDir;
// The clock server: the same build on the next port, its workflow "now" read from CLOCK_FILE (e2e/clock-server.ts).
const clockPgliteDir = path.resolve(".data/e2e-pglite-clock");

// A real OpenID Connect provider for the accounts tests (e2e/accounts-oidc-provider.ts), on the next port.
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? port + 80);
const oidcEnv = {
  OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
  OIDC_CLIENT_ID: "cong-dich-vu-cong",
  OIDC_CLIENT_SECRET: "bi-mat-chi-dung-khi-kiem-thu",
  OIDC_NAME: "VNeID (thử nghiệm)",
  // Next.js turns 127.0.0.1 into localhost in route handlers' URLs; the OIDC round trip must use one name.
  APP_URL: `http://localhost:${port}`,
};

// What both portal servers need: the demo accounts (the journeys sign in with them, also on DATABASE_URL),
// the outbox page, and a test-gateway secret the specs know.
// Every spec registers from 127.0.0.1, so the per-address registration limit is raised for the run.
const portalEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  DEV_MAILBOX: "1",
  SEED_DEMO_ACCOUNTS: "1",
  // No 2023 dossiers (minutes); the 1022 line's November 2023 only (seconds), for the figures on /thong-ke.
  SEED_HISTORY: "phan-anh",
  PAYMENT_TEST_SECRET: E2E_PAYMENT_SECRET,
  STORAGE_DIR: storageDir,
  REGISTRATION_RATE_LIMIT: "1000",
};

const launchOptions = {
  executablePath,
  args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

export default defineConfig({
  testDir: "e2e",
  // The journeys take 40–60 s on a busy two-core CI machine (two workers, three servers, Postgres); the
  // longest set their own.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { baseURL, trace: "retain-on-failure", locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions } },
  ],
  webServer: [
    {
      command: `rm -rf ${pgliteDir} && npm run build && npx tsx scripts/start.ts`,
      url: `${baseURL}/api/health`,
      timeout: 1_200_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      env: { PORT: String(port), PGLITE_DIR: pgliteDir, ...portalEnv, ...oidcEnv },
    },
    {
      // Started after the first server, so the build exists: it only migrates, seeds and serves. With
      // DATABASE_URL both servers share the database; without it this one has an embedded one of its own.
      command: `rm -rf ${clockPgliteDir} ${CLOCK_FILE} && npx tsx scripts/start.ts`,
      url: `${CLOCK_SERVER_URL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      env: {
        PORT: String(clockPort(port)),
        PGLITE_DIR: clockPgliteDir,
        ...portalEnv,
        PORTAL_CLOCK_FILE: CLOCK_FILE,
        // `next start` runs with NODE_ENV=production, where the clock must be allowed explicitly.
        PORTAL_CLOCK_IN_PRODUCTION: "1",
      },
    },
    {
      command: "npx tsx e2e/accounts-oidc-provider.ts",
      url: `${oidcEnv.OIDC_ISSUER}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: !process.env.CI,
      env: {
        OIDC_TEST_PORT: String(oidcPort),
        OIDC_TEST_APP_PORT: String(port),
        OIDC_TEST_CLIENT_ID: oidcEnv.OIDC_CLIENT_ID,
        OIDC_TEST_CLIENT_SECRET: oidcEnv.OIDC_CLIENT_SECRET,
      },
    },
  ],
});
