import type { users } from "@/db/schema";
import type { CurrentUser } from "./current-user";

export function toCurrentUser(user: typeof users.$inferSelect): CurrentUser {
  return {
    id: user.id,
    kind: user.kind as CurrentUser["kind"],
    email: user.email,
    emailVerified: user.emailVerifiedAt !== null,
    fullName: user.fullName,
    idNumber: user.idNumber,
    dateOfBirth: user.dateOfBirth,
    phone: user.phone,
    address: user.address,
    unitId: user.unitId,
    roles: user.roles,
  };
}
