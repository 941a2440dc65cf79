import { describe, expect, it } from "vitest";
import { verify } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { units, users } from "@/db/schema";
import { DEMO_OFFICER_PASSWORD, DEMO_OFFICER_TOTP_SECRET, seedDemoOfficers } from "@/db/seed/demo-officers";
import { totp, verifyTotp } from "@/lib/security/totp";
import { setupTestDatabase } from "./test-database";

let db: Database;

setupTestDatabase((handle) => (db = handle.db));

describe("demo officers", () => {
  it("are created once, at phường An Mỹ and Sở Xây dựng, with an argon2id password and the demo TOTP secret", async () => {
    expect((await seedDemoOfficers(db)).length).toBe(10);
    expect(await seedDemoOfficers(db)).toEqual([]);
    const [reception] = await db
      .select({ user: users, unitCode: units.code })
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(eq(users.email, "tiepnhan@example.vn"));
    expect(reception).toMatchObject({ unitCode: "000.01.22.H47", user: { kind: "officer", roles: ["tiep-nhan"] } });
    expect(reception!.user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(reception!.user.passwordHash!, DEMO_OFFICER_PASSWORD)).toBe(true);
    expect(verifyTotp(reception!.user.totpSecret!, totp(DEMO_OFFICER_TOTP_SECRET))).not.toBeNull();
    const [leader] = await db
      .select({ unitCode: units.code })
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(eq(users.email, "lanhdao.sxd@example.vn"));
    expect(leader!.unitCode).toBe("000.00.09.H47");
  });
});
