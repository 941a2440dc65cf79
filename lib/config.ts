/**
 * Every environment variable the portal reads, checked once (create-t3-app style): one zod schema, parsed
 * at start (`npm start`, the server through instrumentation.ts, every script) so a bad value stops the
 * start with a message naming the variable and what it accepts — never a silent default. The rest of the
 * code asks `serverEnv()` (or `loadConfig()` for the database) and never reads `process.env` itself.
 * `.env.example` lists every variable with its default and meaning; a unit test keeps the two in step.
 *
 * Server only: the browser has no environment, so importing this from client code fails loudly.
 */
import path from "node:path";
import { z } from "zod";
import { parseClockInstant, parseClockOffset } from "@/lib/calendar/clock-values";
import { workingHoursFromEnv } from "@/lib/calendar/working-hours-config";

if (typeof window !== "undefined") throw new Error("lib/config.ts chỉ dùng phía máy chủ.");

const MB = 1024 * 1024;

/** What each variable accepts, shown in the start-up message when its value is refused. */
export const ACCEPTED: Record<string, string> = {
  NODE_ENV: "development, production hoặc test",
  DATABASE_URL: "một địa chỉ postgres://… hoặc postgresql://… (bỏ trống để dùng cơ sở dữ liệu nhúng)",
  PGLITE_DIR: "một đường dẫn thư mục",
  DATABASE_POOL_SIZE: "số nguyên từ 1 đến 100",
  PORT: "số cổng từ 1 đến 65535",
  PORTAL_URL: "một địa chỉ http:// hoặc https://",
  APP_URL: "một địa chỉ http:// hoặc https://",
  AUTH_URL: "một địa chỉ http:// hoặc https://",
  AUTH_SECRET: "một chuỗi bí mật bất kỳ (nên từ 32 ký tự)",
  OIDC_ISSUER: "một địa chỉ http:// hoặc https://",
  OIDC_CLIENT_ID: "một chuỗi",
  OIDC_CLIENT_SECRET: "một chuỗi",
  OIDC_NAME: "một chuỗi",
  SMTP_URL: "một địa chỉ smtp://… hoặc smtps://…",
  MAIL_FROM: 'một địa chỉ người gửi, ví dụ "Tên" <no-reply@example.vn>',
  MAIL_POLL_MS: "số nguyên mili giây từ 1000 trở lên",
  DEV_MAILBOX: "0 hoặc 1",
  STORAGE_DIR: "một đường dẫn thư mục",
  UPLOAD_MAX_BYTES: "số nguyên byte từ 1 trở lên (mặc định 10485760 = 10 MB)",
  LOOKUP_RATE_LIMIT: "số nguyên lần tra cứu từ 1 trở lên",
  REGISTRATION_RATE_LIMIT: "số nguyên lượt đăng ký mỗi giờ cho một địa chỉ, từ 1 trở lên",
  FEEDBACK_RATE_LIMIT: "số nguyên phản ánh mỗi giờ cho một địa chỉ khi gửi không đăng nhập, từ 1 trở lên",
  FEEDBACK_DUPLICATE_MINUTES: "số nguyên phút từ 1 trở lên",
  FEEDBACK_DEADLINE_DAYS: "thời hạn (ngày làm việc) theo loại, ví dụ hoi-thong-tin=5,phan-anh=10,kien-nghi=15",
  FEEDBACK_REMIND_DAYS: "số nguyên ngày làm việc trước hạn để nhắc, từ 0 trở lên",
  TRUSTED_PROXY_HOPS: "số proxy tin cậy đứng trước cổng, từ 0 đến 10 (0: không có proxy, dùng địa chỉ kết nối)",
  PAYMENT_PROVIDER: "test (chỉ có cổng thử nghiệm trong bản này)",
  PAYMENT_TEST_GATEWAY_IN_PRODUCTION: "0 hoặc 1",
  PAYMENT_TEST_SECRET: "một chuỗi bí mật",
  WORKING_HOURS: "các khoảng HH:MM-HH:MM tăng dần, cách nhau bằng dấu phẩy, ví dụ 07:00-11:30,13:30-17:00",
  SAME_DAY_CUTOFF: "giờ HH:MM, ví dụ 15:00",
  PORTAL_NOW: "một thời điểm ISO có múi giờ, ví dụ 2026-12-10T09:00:00+07:00",
  PORTAL_CLOCK_OFFSET: "một độ lệch như +3d, -36h, +90m, +45s hoặc số mili giây",
  PORTAL_CLOCK_FILE: "đường dẫn một tệp chứa thời điểm ISO hoặc độ lệch",
  PORTAL_CLOCK_IN_PRODUCTION: "0 hoặc 1",
  PORTAL_BACKGROUND_JOBS: "on hoặc off",
  SEED_DEMO_ACCOUNTS: "0 hoặc 1 (bỏ trống: chỉ khi dùng cơ sở dữ liệu nhúng)",
  SEED_HISTORY: "0, 1 hoặc phan-anh (bỏ trống: chỉ khi dùng cơ sở dữ liệu nhúng)",
  BENCH_SECONDS: "số nguyên giây từ 1 trở lên",
  BENCH_ADMIN_URL: "một địa chỉ postgres://… hoặc postgresql://…",
  BENCH_DATABASE: "tên cơ sở dữ liệu: chữ thường, chữ số và _",
  BENCH_PORTS: "hai số cổng cách nhau bằng dấu phẩy, ví dụ 3201,3202",
  BENCH_SUBMIT_SECONDS: "số nguyên giây (0 để bỏ qua)",
  BENCH_FEEDBACK_SECONDS: "số nguyên giây từ 1 trở lên",
  BENCH_QUEUE: "0 hoặc 1",
  BENCH_QUEUE_DOSSIERS: "số nguyên hồ sơ từ 1 trở lên",
  BENCH_QUEUE_PORT: "số cổng từ 1 đến 65535",
  BENCH_STATISTICS: "0 hoặc 1",
  BENCH_STATISTICS_DATABASE: "tên cơ sở dữ liệu: chữ thường, chữ số và _",
  BENCH_STATISTICS_DOSSIERS: "số nguyên hồ sơ từ 0 trở lên",
  BENCH_STATISTICS_PORT: "số cổng từ 1 đến 65535",
};

const text = z.string().optional();
const flag = z.enum(["0", "1"]).optional();
const integer = (min: number, max = Number.MAX_SAFE_INTEGER) => z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));
const url = (...protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  });

type FeedbackDeadlines = { "hoi-thong-tin": number; "phan-anh": number; "kien-nghi": number };
/** Working days an agency has to answer a forwarded item, per kind (unnamed kinds keep the default). */
function parseFeedbackDeadlines(value: string): FeedbackDeadlines {
  const days: FeedbackDeadlines = { "hoi-thong-tin": 5, "phan-anh": 10, "kien-nghi": 15 };
  for (const pair of value.split(",")) {
    const [kind, count] = pair.split("=") as [keyof FeedbackDeadlines, string];
    days[kind] = Number(count);
  }
  return days;
}

// Marks the issues whose message explains the refusal (zod's own messages are generic and in English).
const REASON = { reason: true };
const CLOCK_VARIABLES = ["PORTAL_NOW", "PORTAL_CLOCK_OFFSET", "PORTAL_CLOCK_FILE"] as const;

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),

    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//)
      .optional(),
    PGLITE_DIR: z.string().default(".data/pglite"),
    DATABASE_POOL_SIZE: integer(1, 100).default(10),
    PORT: integer(1, 65535).default(3000),

    PORTAL_URL: url("http:", "https:").optional(),
    APP_URL: url("http:", "https:").optional(),
    AUTH_URL: url("http:", "https:").optional(),
    AUTH_SECRET: text,
    OIDC_ISSUER: url("http:", "https:").optional(),
    OIDC_CLIENT_ID: text,
    OIDC_CLIENT_SECRET: text,
    OIDC_NAME: z.string().default("VNeID"),

    SMTP_URL: url("smtp:", "smtps:").optional(),
    MAIL_FROM: z.string().default('"Cổng Dịch vụ công tỉnh Quảng Nam" <no-reply@dichvucong.quangnam.gov.vn>'),
    MAIL_POLL_MS: integer(1000).default(10_000),
    DEV_MAILBOX: flag,

    STORAGE_DIR: z.string().default(".data/uploads"),
    UPLOAD_MAX_BYTES: integer(1).default(10 * MB),
    LOOKUP_RATE_LIMIT: integer(1).default(20),
    REGISTRATION_RATE_LIMIT: integer(1).default(10),
    TRUSTED_PROXY_HOPS: integer(0, 10).default(0),
    FEEDBACK_RATE_LIMIT: integer(1).default(5),
    FEEDBACK_DUPLICATE_MINUTES: integer(1).default(10),
    FEEDBACK_DEADLINE_DAYS: z
      .string()
      .regex(/^(hoi-thong-tin|phan-anh|kien-nghi)=\d{1,2}(,(hoi-thong-tin|phan-anh|kien-nghi)=\d{1,2})*$/)
      .default("hoi-thong-tin=5,phan-anh=10,kien-nghi=15")
      .transform(parseFeedbackDeadlines)
      .refine((days) => Object.values(days).every((n) => n >= 1)),
    FEEDBACK_REMIND_DAYS: integer(0, 30).default(1),

    PAYMENT_PROVIDER: z.enum(["test"]).default("test"),
    PAYMENT_TEST_GATEWAY_IN_PRODUCTION: flag,
    PAYMENT_TEST_SECRET: text,

    WORKING_HOURS: text,
    SAME_DAY_CUTOFF: text,
    PORTAL_NOW: z
      .string()
      .refine((value) => parseClockInstant(value) !== null)
      .optional(),
    PORTAL_CLOCK_OFFSET: z
      .string()
      .refine((value) => parseClockOffset(value) !== null)
      .optional(),
    PORTAL_CLOCK_FILE: text,
    PORTAL_CLOCK_IN_PRODUCTION: flag,
    PORTAL_BACKGROUND_JOBS: z.enum(["on", "off"]).default("on"),
    SEED_DEMO_ACCOUNTS: flag,
    /** "phan-anh": only November 2023 of the 1022 line (seconds), for the e2e check of /thong-ke. */
    SEED_HISTORY: z.enum(["0", "1", "phan-anh"]).optional(),

    // Only the `npm run bench` scripts read these.
    BENCH_SECONDS: integer(1).default(8),
    BENCH_ADMIN_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//)
      .default("postgres://postgres@127.0.0.1:5432/postgres"),
    BENCH_DATABASE: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/)
      .default("portal_bench"),
    BENCH_PORTS: z
      .string()
      .regex(/^\d{1,5},\d{1,5}$/)
      .default("3201,3202")
      .transform((value) => value.split(",").map(Number) as [number, number]),
    BENCH_SUBMIT_SECONDS: integer(0).default(30),
    BENCH_FEEDBACK_SECONDS: integer(1).default(10),
    BENCH_QUEUE: z.enum(["0", "1"]).default("1"),
    BENCH_QUEUE_DOSSIERS: integer(1).default(1_000_000),
    BENCH_QUEUE_PORT: integer(1, 65535).default(3244),
    BENCH_STATISTICS: z.enum(["0", "1"]).default("1"),
    BENCH_STATISTICS_DATABASE: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/)
      .default("portal_bench_statistics"),
    BENCH_STATISTICS_DOSSIERS: integer(0).default(1_000_000),
    BENCH_STATISTICS_PORT: integer(1, 65535).default(3245),
  })
  .superRefine((env, context) => {
    try {
      workingHoursFromEnv(env);
    } catch (error) {
      const name = String((error as Error).message).includes("SAME_DAY_CUTOFF") ? "SAME_DAY_CUTOFF" : "WORKING_HOURS";
      context.addIssue({ code: "custom", path: [name], message: (error as Error).message, params: REASON });
    }
    const clocks = CLOCK_VARIABLES.filter((name) => env[name] !== undefined);
    if (clocks.length > 1) {
      context.addIssue({ code: "custom", path: [clocks[1]!], message: `chỉ đặt một trong ${clocks.join(", ")}`, params: REASON });
    }
    if (clocks.length > 0 && env.NODE_ENV === "production" && env.PORTAL_CLOCK_IN_PRODUCTION !== "1") {
      context.addIssue({
        code: "custom",
        path: [clocks[0]!],
        message:
          "dời đồng hồ xử lý hồ sơ và chỉ dùng khi kiểm thử; không được đặt trong môi trường production (đặt PORTAL_CLOCK_IN_PRODUCTION=1 nếu thật sự cần)",
        params: REASON,
      });
    }
  });

export type ServerEnv = z.infer<typeof envSchema>;
type Source = Record<string, string | undefined>;

const KEYS = Object.keys(envSchema.shape);

/** A refused configuration: one line per variable, naming it, the value given and what it accepts. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ:\n${problems.map((line) => `  - ${line}`).join("\n")}`);
  }
}

/** Trimmed values of the variables the schema knows; an empty value means "not set" (as in a .env file). */
function pick(source: Source): Source {
  const picked: Source = {};
  for (const key of KEYS) {
    const value = source[key]?.trim();
    if (value) picked[key] = value;
  }
  return picked;
}

/** Parses an environment (process.env or a test's object); throws ConfigError listing every bad variable. */
export function parseEnv(source: Source): ServerEnv {
  const picked = pick(source);
  const parsed = envSchema.safeParse(picked);
  if (parsed.success) return parsed.data;
  const problems = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? "");
    if (problems.has(name)) continue;
    const custom = issue.code === "custom" && issue.params?.reason ? `: ${issue.message}` : "";
    problems.set(name, `${name}=${JSON.stringify(picked[name] ?? "")} không hợp lệ${custom}; chấp nhận: ${ACCEPTED[name] ?? "xem .env.example"}`);
  }
  throw new ConfigError([...problems.values()]);
}

let cached: { key: string; env: ServerEnv } | undefined;

/**
 * The server's configuration from process.env. Parsed again only when a variable changed (tests set
 * some while running), so a call costs a few property reads.
 */
export function serverEnv(): ServerEnv {
  const key = KEYS.map((name) => process.env[name] ?? "\u0000").join("\u0001");
  if (cached?.key !== key) cached = { key, env: parseEnv(process.env) };
  return cached.env;
}

/**
 * Stops the process at start when the configuration is refused, printing every bad variable; `source`
 * lets `npm start` check the environment the production server will see.
 */
export function exitOnInvalidConfig(source: Source = process.env): void {
  try {
    parseEnv(source);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Không khởi động được. ${error.message}`);
    process.exit(1);
  }
}

export type AppConfig = {
  databaseUrl: string | undefined;
  pgliteDir: string;
  poolSize: number;
};

/** The database settings (a test or a benchmark may pass its own environment). */
export function loadConfig(source?: Source): AppConfig {
  const env = source ? parseEnv(source) : serverEnv();
  return { databaseUrl: env.DATABASE_URL, pgliteDir: path.resolve(env.PGLITE_DIR), poolSize: env.DATABASE_POOL_SIZE };
}
