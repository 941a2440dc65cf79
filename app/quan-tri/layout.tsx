import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { units } from "@/db/schema";
import { OfficerNav } from "@/components/officer/officer-nav";
import { requireOfficer } from "@/lib/auth/require-officer";

/** Every /quan-tri page is for signed-in officers; each page and action checks rights again. */
export default async function OfficerLayout({ children }: { children: React.ReactNode }) {
  const officer = await requireOfficer("/quan-tri");
  const db = await getDb();
  const [unit] = await db.select({ name: units.name }).from(units).where(eq(units.id, officer.unitId));
  return (
    <div>
      <OfficerNav roles={officer.roles} fullName={officer.fullName} unitName={unit?.name ?? ""} />
      {children}
    </div>
  );
}
