import { eq, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { RegisterBusinessData } from "./register-business-schema";
import type { RegisterCitizenData } from "./register-citizen-schema";
import { sendVerificationEmail } from "./send-verification-email";
import { uniqueViolation } from "./unique-violation";

export type RegisterAccountInput =
  | ({ kind: "citizen" } & RegisterCitizenData)
  | ({ kind: "business" } & RegisterBusinessData);

export type RegisterAccountResult =
  | { ok: true; userId: string }
  | { ok: false; taken: "email" | "idNumber" };

/**
 * Creates a citizen or business account and queues its verification email, in one transaction.
 * A duplicate email or CCCD / tax code is reported by field (checked first, and again by the unique indexes).
 */
export async function registerAccount(db: Database, input: RegisterAccountInput, now: Date = new Date()): Promise<RegisterAccountResult> {
  const [existing] = await db
    .select({ email: users.email, idNumber: users.idNumber })
    .from(users)
    .where(or(eq(users.email, input.email), eq(users.idNumber, input.idNumber)))
    .limit(1);
  if (existing) return { ok: false, taken: existing.email === input.email ? "email" : "idNumber" };

  const passwordHash = await hashPassword(input.password);
  try {
    const userId = await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({
          kind: input.kind,
          email: input.email,
          passwordHash,
          fullName: input.fullName,
          idNumber: input.idNumber,
          dateOfBirth: input.kind === "citizen" ? input.dateOfBirth : null,
          legalRepresentative: input.kind === "business" ? input.legalRepresentative : null,
          phone: input.phone,
          address: input.address,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: users.id });
      if (!created) throw new Error("users insert returned no row");
      await sendVerificationEmail(tx, { id: created.id, email: input.email, fullName: input.fullName }, now);
      return created.id;
    });
    return { ok: true, userId };
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint === "users_email_key") return { ok: false, taken: "email" };
    if (constraint === "users_id_number_key") return { ok: false, taken: "idNumber" };
    throw error;
  }
}
