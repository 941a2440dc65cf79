import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierHistory, dossiers } from "@/db/schema";
import { loadReceiptSlip } from "@/lib/documents/load-receipt-slip";
import { registerCounterDossier } from "@/lib/officers/register-counter-dossier";
import { createUser, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;
const applicant = {
  channel: "1",
  fullName: "Trần Thị Quầy",
  idNumber: "049190004321",
  phone: "0905111222",
  email: "",
  address: "Tổ 3, An Mỹ, Tam Kỳ",
};
const formValues = { householdHead: "Trần Thị Quầy", householdAddress: "Tổ 3, An Mỹ", memberCount: "3", monthlyIncomePerCapita: "2500000" };

setupTestDatabase((handle) => (db = handle.db));

describe("counter intake", () => {
  it("registers an in-person dossier with the unit's code, received at once, with its receipt slip", async () => {
    const anMy = await unitId(db, "000.01.22.H47");
    const officer = await createUser(db, { kind: "officer", unitId: anMy, roles: ["tiep-nhan"], name: "Lê Thị Tiếp" });
    const now = new Date("2026-11-30T02:00:00Z");
    const result = await registerCounterDossier(
      db,
      { id: officer.id, name: officer.fullName, unitId: anMy, roles: officer.roles },
      { serviceCode: "1.000308", applicant, formValues, now },
    );
    expect(result).toMatchObject({ ok: true, code: "000.01.22.H47-261130-0001" });
    const [row] = await db.select().from(dossiers).where(eq(dossiers.code, "000.01.22.H47-261130-0001"));
    expect(row).toMatchObject({ status: 2, channel: 1, userId: null, applicantIdNumber: "049190004321" });
    expect(row!.receivedAt).toEqual(now);
    const history = await db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, row!.id));
    expect(history.map((h) => [h.action, h.toStatus, h.actorUserId])).toEqual([["register-counter", 2, officer.id]]);
    const slip = await loadReceiptSlip(db, row!.code, { unitId: anMy }, "http://x");
    expect(slip).toMatchObject({ channel: 1, receivedAt: now });

    const postal = await registerCounterDossier(
      db,
      { id: officer.id, name: "x", unitId: anMy, roles: ["tiep-nhan"] },
      { serviceCode: "1.000308", applicant: { ...applicant, channel: "3" }, formValues, now },
    );
    expect(postal).toMatchObject({ ok: true, code: "000.01.22.H47-261130-0002" });
  });

  it("refuses another unit's service, a role without the right, and bad input field by field", async () => {
    const construction = await unitId(db, "000.00.09.H47");
    const anMy = await unitId(db, "000.01.22.H47");
    const sxd = await createUser(db, { kind: "officer", unitId: construction, roles: ["tiep-nhan"] });
    expect(
      await registerCounterDossier(
        db,
        { id: sxd.id, name: "x", unitId: construction, roles: ["tiep-nhan"] },
        { serviceCode: "1.000308", applicant, formValues },
      ),
    ).toEqual({
      ok: false,
      errors: { serviceCode: "validation.officer.serviceNotReceivedHere" },
    });
    await expect(
      registerCounterDossier(db, { id: sxd.id, name: "x", unitId: anMy, roles: ["chuyen-vien"] }, { serviceCode: "1.000308", applicant, formValues }),
    ).rejects.toMatchObject({ code: "refused" });
    const bad = await registerCounterDossier(
      db,
      { id: sxd.id, name: "x", unitId: anMy, roles: ["tiep-nhan"] },
      {
        serviceCode: "1.000308",
        applicant: { ...applicant, idNumber: "123", email: "khong-hop-le" },
        formValues: { ...formValues, memberCount: "" },
      },
    );
    expect(bad.ok).toBe(false);
    expect(Object.keys((bad as { errors: Record<string, string> }).errors).sort()).toEqual(["email", "idNumber", "memberCount"]);
  });
});
