import { getDb } from "@/db/client";
import { OfficerNav } from "@/components/officer/officer-nav";
import { requireOfficer } from "@/lib/auth/require-officer";
import { getUnitName } from "@/lib/officers/unit-name";

/** Every /quan-tri page is for signed-in officers; each page and action checks rights again. */
export default async function OfficerLayout({ children }: { children: React.ReactNode }) {
  const officer = await requireOfficer("/quan-tri");
  const unitName = await getUnitName(await getDb(), officer.unitId);
  return (
    <div>
      <OfficerNav roles={officer.roles} fullName={officer.fullName} unitName={unitName} />
      {children}
    </div>
  );
}
