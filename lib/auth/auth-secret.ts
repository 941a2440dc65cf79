import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serverEnv, type ServerEnv } from "@/lib/config";

const SECRET_FILE = path.resolve(".data/auth-secret");

/**
 * AUTH_SECRET signs the session cookie. A newcomer's `npm start` must just work, so when it is not set
 * one is generated once and kept under .data/ (every instance on this machine then shares it). Several
 * machines must set the same AUTH_SECRET themselves.
 */
export function resolveAuthSecret(env: Pick<ServerEnv, "AUTH_SECRET"> = serverEnv()): string {
  const fromEnv = env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(SECRET_FILE, secret, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(SECRET_FILE, "utf8").trim();
    throw error;
  }
}
