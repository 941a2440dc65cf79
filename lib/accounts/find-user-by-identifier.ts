import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { users } from "@/db/schema";

/** The one sign-in field: an email (has "@"), else a CCCD or tax code (spaces ignored). */
function normalizeIdentifier(raw: string): { by: "email" | "idNumber"; value: string } {
  const trimmed = raw.trim();
  if (trimmed.includes("@")) return { by: "email", value: trimmed.toLowerCase() };
  return { by: "idNumber", value: trimmed.replace(/\s+/g, "") };
}

export async function findUserByIdentifier(db: DatabaseOrTransaction, raw: string) {
  const { by, value } = normalizeIdentifier(raw);
  if (!value) return null;
  const [user] = await db
    .select()
    .from(users)
    .where(by === "email" ? eq(users.email, value) : eq(users.idNumber, value))
    .limit(1);
  return user ?? null;
}
