import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { serverEnv, type ServerEnv } from "@/lib/config";

/** The demo accounts of the README. The citizen's CCCD encodes Quảng Nam (049), a man born in 1990. */
export const DEMO_ACCOUNTS = [
  {
    kind: "citizen",
    email: "congdan@example.vn",
    password: "CongDan@2024",
    fullName: "Nguyễn Văn An",
    idNumber: "049090012345",
    dateOfBirth: "1990-05-15",
    phone: "0905123456",
    address: "Số 12 Phan Bội Châu, phường Tân Thạnh, TP Tam Kỳ, Quảng Nam",
    legalRepresentative: null,
  },
  {
    kind: "business",
    email: "doanhnghiep@example.vn",
    password: "DoanhNghiep@2024",
    fullName: "Công ty TNHH Thương mại Dịch vụ Hội An Xanh",
    idNumber: "4000123456",
    dateOfBirth: null,
    phone: "0935123456",
    address: "Số 45 Trần Hưng Đạo, phường Minh An, TP Hội An, Quảng Nam",
    legalRepresentative: "Trần Thị Bình",
  },
] as const;

/** Whether `npm start` seeds them: the default embedded start, or when SEED_DEMO_ACCOUNTS=1 (never silently on a server). */
export function shouldSeedDemoAccounts(env: Pick<ServerEnv, "SEED_DEMO_ACCOUNTS" | "DATABASE_URL"> = serverEnv()): boolean {
  if (env.SEED_DEMO_ACCOUNTS === "1") return true;
  if (env.SEED_DEMO_ACCOUNTS === "0") return false;
  return !env.DATABASE_URL;
}

/** Creates the demo accounts (verified, demo set) when missing; an existing account with the same email is left as it is. */
export async function seedDemoAccounts(db: Database, now: Date = new Date()): Promise<number> {
  let created = 0;
  for (const { password, ...account } of DEMO_ACCOUNTS) {
    const rows = await db
      .insert(users)
      .values({ ...account, passwordHash: await hashPassword(password), emailVerifiedAt: now, demo: "seed" })
      .onConflictDoNothing()
      .returning({ id: users.id });
    created += rows.length;
  }
  return created;
}

export function describeDemoAccounts(): string {
  return [
    "Tài khoản dùng thử (chỉ dành cho bản chạy thử):",
    ...DEMO_ACCOUNTS.map((a) => `  - ${a.kind === "citizen" ? "Công dân" : "Doanh nghiệp"}: ${a.email} / ${a.password}`),
  ].join("\n");
}
