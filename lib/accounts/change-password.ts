import { recordAudit } from "@/lib/admin/record-audit";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeOtherSessions } from "@/lib/auth/session-store";
import type { ChangePasswordData } from "./profile-schemas";

export type ChangePasswordResult = { ok: true } | { ok: false; reason: "wrong-current-password" };

/** Changes the password after checking the current one; every other session of the user is revoked. */
export async function changePassword(
  db: Database,
  userId: string,
  currentSessionId: string | null,
  input: Pick<ChangePasswordData, "currentPassword" | "newPassword">,
  now: Date = new Date(),
): Promise<ChangePasswordResult> {
  const [user] = await db.select({ passwordHash: users.passwordHash, fullName: users.fullName }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) return { ok: false, reason: "wrong-current-password" };
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId));
    await revokeOtherSessions(tx, userId, currentSessionId, now);
    await recordAudit(tx, {
      actor: { id: userId, name: user.fullName },
      action: "account.password",
      target: { id: userId, name: user.fullName },
      at: now,
    });
  });
  return { ok: true };
}
