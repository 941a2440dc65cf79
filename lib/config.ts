import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  TRUSTED_PROXY_HOPS: z
    .string()
    .trim()
    .regex(/^(10|[0-9])?$/, "TRUSTED_PROXY_HOPS phải là số proxy tin cậy đứng trước cổng, từ 0 đến 10 (để trống: 0)")
    .default("")
    .transform((value) => Number(value || "0")),
  REGISTRATION_RATE_LIMIT: z.coerce
    .number({ message: "REGISTRATION_RATE_LIMIT phải là một số nguyên dương" })
    .int("REGISTRATION_RATE_LIMIT phải là một số nguyên dương")
    .min(1, "REGISTRATION_RATE_LIMIT phải là một số nguyên dương")
    .default(10),
});

export type AppConfig = {
  databaseUrl: string | undefined;
  pgliteDir: string;
  poolSize: number;
  /** Reverse proxies in front of the portal whose X-Forwarded-For entries are believed (lib/auth/client-address.ts). */
  trustedProxyHops: number;
  /** Registrations per client address per hour (lib/accounts/register-account.ts). */
  registrationRateLimit: number;
};

/** Reads and validates the configuration once; a bad value stops the start with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Cấu hình không hợp lệ: ${issues}`);
  }
  return {
    databaseUrl: parsed.data.DATABASE_URL,
    pgliteDir: path.resolve(parsed.data.PGLITE_DIR),
    poolSize: parsed.data.DATABASE_POOL_SIZE,
    trustedProxyHops: parsed.data.TRUSTED_PROXY_HOPS,
    registrationRateLimit: parsed.data.REGISTRATION_RATE_LIMIT,
  };
}
