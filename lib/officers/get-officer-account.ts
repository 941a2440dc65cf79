import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { units, users } from "@/db/schema";
import { ROLE_NAMES, isOfficerRole } from "@/lib/workflow/permissions";

export interface OfficerAccount {
  unitName: string;
  /** The roles' names, in the permission table's order. */
  roleNames: string[];
  /** When the authenticator app was confirmed; null while the second factor is not set up yet. */
  secondFactorSince: Date | null;
}

/** What an officer's account page shows about them: unit, roles and the second factor's state. */
export async function getOfficerAccount(db: DatabaseOrTransaction, userId: string): Promise<OfficerAccount | null> {
  const [row] = await db
    .select({ roles: users.roles, totpConfirmedAt: users.totpConfirmedAt, unitName: units.name })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, userId));
  if (!row) return null;
  const roles = Object.keys(ROLE_NAMES).filter((role) => row.roles.includes(role));
  return { unitName: row.unitName, roleNames: roles.filter(isOfficerRole).map((role) => ROLE_NAMES[role]), secondFactorSince: row.totpConfirmedAt };
}
