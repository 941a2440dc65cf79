import { hashPassword } from "@/lib/auth/password";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { divisions, units, users } from "@/db/schema";

/** Demo only: every demo officer shares this TOTP secret (add it to an authenticator app, or compute codes from it). */
export const DEMO_OFFICER_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
export const DEMO_OFFICER_PASSWORD = "CanBo@2024";

export interface DemoOfficer {
  email: string;
  fullName: string;
  unitCode: string;
  /** The division's code within the unit (db/seed/divisions.ts); none in a commune, which has no divisions. */
  divisionCode?: string;
  roles: string[];
}

const AN_MY = "000.01.22.H47";
const CONSTRUCTION = "000.00.09.H47";
/** Văn phòng UBND tỉnh: the province's information centre and its 1022 line (docs/feedback.md). */
const PROVINCE_OFFICE = "000.00.01.H47";

export const DEMO_OFFICERS: readonly DemoOfficer[] = [
  { email: "tiepnhan@example.vn", fullName: "Lê Thị Tiếp", unitCode: AN_MY, roles: ["tiep-nhan"] },
  { email: "chuyenvien@example.vn", fullName: "Phạm Văn Chuyên", unitCode: AN_MY, roles: ["chuyen-vien"] },
  { email: "lanhdao@example.vn", fullName: "Trần Văn Lãnh", unitCode: AN_MY, roles: ["lanh-dao"] },
  { email: "quantri.anmy@example.vn", fullName: "Võ Thị Quản", unitCode: AN_MY, roles: ["quan-tri-don-vi"] },
  { email: "tiepnhan.sxd@example.vn", fullName: "Nguyễn Thị Nhận", unitCode: CONSTRUCTION, divisionCode: "van-phong-so", roles: ["tiep-nhan"] },
  {
    email: "chuyenvien.sxd@example.vn",
    fullName: "Hồ Văn Dựng",
    unitCode: CONSTRUCTION,
    divisionCode: "phong-quan-ly-xay-dung",
    roles: ["chuyen-vien"],
  },
  { email: "lanhdao.sxd@example.vn", fullName: "Đặng Văn Đạo", unitCode: CONSTRUCTION, divisionCode: "phong-quan-ly-xay-dung", roles: ["lanh-dao"] },
  { email: "quantri.sxd@example.vn", fullName: "Mai Thị Trị", unitCode: CONSTRUCTION, divisionCode: "van-phong-so", roles: ["quan-tri-don-vi"] },
  { email: "quantri@example.vn", fullName: "Quản trị hệ thống", unitCode: "000.00.00.H47", roles: ["quan-tri-he-thong"] },
  {
    email: "tongdai@example.vn",
    fullName: "Huỳnh Thị Đài",
    unitCode: PROVINCE_OFFICE,
    divisionCode: "phong-kiem-soat-thu-tuc-hanh-chinh",
    roles: ["tong-dai-vien"],
  },
];

/**
 * Creates the demo officers once (idempotent by email), with the demo password and a confirmed TOTP
 * secret. Only called where the seed is asked for demo accounts — never silently in production.
 */
export async function seedDemoOfficers(db: DatabaseOrTransaction): Promise<DemoOfficer[]> {
  const existing = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_OFFICERS.map((o) => o.email),
      ),
    );
  const missing = DEMO_OFFICERS.filter((o) => !existing.some((e) => e.email === o.email));
  if (missing.length === 0) {
    await placeDemoOfficersInDivisions(db);
    return [];
  }
  const passwordHash = await hashPassword(DEMO_OFFICER_PASSWORD);
  for (const officer of missing) {
    const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, officer.unitCode));
    if (!unit) throw new Error(`Demo officer ${officer.email}: no unit ${officer.unitCode}`);
    await db.insert(users).values({
      kind: "officer",
      email: officer.email,
      emailVerifiedAt: new Date(),
      passwordHash,
      fullName: officer.fullName,
      unitId: unit.id,
      roles: officer.roles,
      totpSecret: DEMO_OFFICER_TOTP_SECRET,
      totpConfirmedAt: new Date(),
      demo: "officer",
    });
  }
  await placeDemoOfficersInDivisions(db);
  return missing;
}

/** Puts each demo officer without a division into theirs (also those created before divisions existed). */
async function placeDemoOfficersInDivisions(db: DatabaseOrTransaction): Promise<void> {
  for (const officer of DEMO_OFFICERS) {
    if (!officer.divisionCode) continue;
    const [division] = await db
      .select({ id: divisions.id, unitId: divisions.unitId })
      .from(divisions)
      .innerJoin(units, eq(units.id, divisions.unitId))
      .where(and(eq(units.code, officer.unitCode), eq(divisions.code, officer.divisionCode)));
    if (!division) continue; // a database without the divisions seed
    await db
      .update(users)
      .set({ divisionId: division.id })
      .where(and(eq(users.email, officer.email), eq(users.unitId, division.unitId), eq(users.demo, "officer"), isNull(users.divisionId)));
  }
}
