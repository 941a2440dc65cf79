import { OfficerNav } from "@/components/officer/officer-nav";
import { requireOfficer } from "@/lib/auth/require-officer";
import { getUnitName } from "@/lib/officers/unit-name";
import { withDatabase } from "@/lib/database/with-database";

/** Every /quan-tri page is for signed-in officers; each page and action checks rights again. */
export default async function OfficerLayout({ children }: { children: React.ReactNode }) {
  const officer = await requireOfficer("/quan-tri");
  const unitName = await withDatabase(getUnitName, officer.unitId);
  return (
    <div>
      <OfficerNav roles={officer.roles} fullName={officer.fullName} unitName={unitName} />
      {children}
    </div>
  );
}
