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
});

export type AppConfig = {
  databaseUrl: string | undefined;
  pgliteDir: string;
  poolSize: number;
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
  };
}
