import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, envSchema, loadConfig, parseEnv, serverEnv } from "./config";

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("accepted");
}

describe("the configuration schema", () => {
  it("gives the documented defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      PGLITE_DIR: ".data/pglite",
      DATABASE_POOL_SIZE: 10,
      PORT: 3000,
      STORAGE_DIR: ".data/uploads",
      UPLOAD_MAX_BYTES: 10_485_760,
      LOOKUP_RATE_LIMIT: 20,
      MAIL_POLL_MS: 10_000,
      PAYMENT_PROVIDER: "test",
      PORTAL_BACKGROUND_JOBS: "on",
      OIDC_NAME: "VNeID",
      BENCH_PORTS: [3201, 3202],
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("reads good values, trimmed, as numbers where they are numbers", () => {
    const env = parseEnv({
      DATABASE_URL: " postgresql://u@db:5432/portal ",
      UPLOAD_MAX_BYTES: "2048",
      LOOKUP_RATE_LIMIT: "3",
      MAIL_POLL_MS: "1000",
      SMTP_URL: "smtps://user:pass@smtp.example.vn:465",
      PORTAL_URL: "https://dichvucong.quangnam.gov.vn",
      WORKING_HOURS: "07:30-11:30,13:00-17:00",
    });
    expect(env).toMatchObject({ DATABASE_URL: "postgresql://u@db:5432/portal", UPLOAD_MAX_BYTES: 2048, LOOKUP_RATE_LIMIT: 3, MAIL_POLL_MS: 1000 });
  });

  it("treats an empty value as unset, as a .env file writes it", () => {
    const env = parseEnv({ DATABASE_URL: "", UPLOAD_MAX_BYTES: "  " });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.UPLOAD_MAX_BYTES).toBe(10_485_760);
  });

  it.each([
    ["UPLOAD_MAX_BYTES", "10MB"],
    ["UPLOAD_MAX_BYTES", "0"],
    ["UPLOAD_MAX_BYTES", "-5"],
    ["UPLOAD_MAX_BYTES", "1.5"],
    ["LOOKUP_RATE_LIMIT", "abc"],
    ["LOOKUP_RATE_LIMIT", "0"],
    ["MAIL_POLL_MS", "500"],
    ["MAIL_POLL_MS", "10s"],
    ["DATABASE_POOL_SIZE", "101"],
    ["PORT", "70000"],
    ["DATABASE_URL", "mysql://db/portal"],
    ["SMTP_URL", "smtp.example.vn"],
    ["PORTAL_URL", "dichvucong.quangnam.gov.vn"],
    ["DEV_MAILBOX", "yes"],
    ["PAYMENT_PROVIDER", "vnpay"],
    ["PORTAL_BACKGROUND_JOBS", "false"],
    ["NODE_ENV", "staging"],
    ["SEED_DEMO_ACCOUNTS", "true"],
    ["WORKING_HOURS", "7h-11h"],
    ["SAME_DAY_CUTOFF", "25:00"],
    ["BENCH_DATABASE", "Portal-Bench"],
  ])("refuses %s=%s with a message naming the variable, the value and what it accepts", (name, value) => {
    const [problem, ...others] = problemsOf({ [name]: value });
    expect(others).toEqual([]);
    expect(problem).toContain(`${name}=${JSON.stringify(value)} không hợp lệ`);
    expect(problem).toMatch(/chấp nhận: \S/);
  });

  it("says what UPLOAD_MAX_BYTES and MAIL_POLL_MS accept", () => {
    expect(problemsOf({ UPLOAD_MAX_BYTES: "abc" })[0]).toBe(
      'UPLOAD_MAX_BYTES="abc" không hợp lệ; chấp nhận: số nguyên byte từ 1 trở lên (mặc định 10485760 = 10 MB)',
    );
    expect(problemsOf({ MAIL_POLL_MS: "500" })[0]).toBe('MAIL_POLL_MS="500" không hợp lệ; chấp nhận: số nguyên mili giây từ 1000 trở lên');
  });

  it("lists every bad variable at once, one line each", () => {
    const error = (() => {
      try {
        parseEnv({ UPLOAD_MAX_BYTES: "x", LOOKUP_RATE_LIMIT: "y", PORT: "z" });
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error?.problems.map((line) => line.split("=")[0])).toEqual(["PORT", "UPLOAD_MAX_BYTES", "LOOKUP_RATE_LIMIT"]);
    expect(error?.message).toMatch(/^Cấu hình không hợp lệ:\n {2}- PORT=/);
  });

  it("refuses overlapping working hours with the calendar's reason", () => {
    expect(problemsOf({ WORKING_HOURS: "07:00-12:00,11:00-17:00" })[0]).toMatch(
      /^WORKING_HOURS="07:00-12:00,11:00-17:00" không hợp lệ: .+; chấp nhận:/,
    );
  });

  it("is what .env.example documents: every variable listed, and its active lines are the defaults", () => {
    const example = readFileSync(path.resolve(import.meta.dirname, "../.env.example"), "utf8");
    for (const name of Object.keys(envSchema.shape)) expect(example, name).toMatch(new RegExp(`^(# )?${name}=`, "m"));
    const active: Record<string, string> = {};
    for (const line of example.split("\n")) {
      const match = /^([A-Z_]+)=(.*)$/.exec(line);
      if (match) active[match[1]!] = match[2]!.replace(/^'(.*)'$/, "$1");
    }
    expect(Object.keys(active).length).toBeGreaterThan(15);
    expect(parseEnv(active)).toEqual(parseEnv({}));
  });
});

describe("serverEnv", () => {
  const saved = process.env.LOOKUP_RATE_LIMIT;
  afterEach(() => {
    if (saved === undefined) delete process.env.LOOKUP_RATE_LIMIT;
    else process.env.LOOKUP_RATE_LIMIT = saved;
  });

  it("follows a variable changed while the process runs, and refuses a bad one", () => {
    process.env.LOOKUP_RATE_LIMIT = "7";
    expect(serverEnv().LOOKUP_RATE_LIMIT).toBe(7);
    expect(serverEnv()).toBe(serverEnv());
    process.env.LOOKUP_RATE_LIMIT = "8";
    expect(serverEnv().LOOKUP_RATE_LIMIT).toBe(8);
    process.env.LOOKUP_RATE_LIMIT = "many";
    expect(() => serverEnv()).toThrow(/LOOKUP_RATE_LIMIT="many" không hợp lệ/);
  });

  it("gives the database settings with the folder made absolute", () => {
    expect(loadConfig({ PGLITE_DIR: "x/db", DATABASE_POOL_SIZE: "4" })).toEqual({
      databaseUrl: undefined,
      pgliteDir: path.resolve("x/db"),
      poolSize: 4,
    });
  });
});
