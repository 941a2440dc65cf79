import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierHistory, dossiers, files, services, units, users } from "@/db/schema";
import { loadReceiptSlip } from "@/lib/documents/load-receipt-slip";
import { setupTestDatabase } from "./test-database";

let db: Database;
let ownerId: string;
let otherId: string;
let anMyId: number;
const code = "000.01.22.H47-261127-0001";

setupTestDatabase(async (handle) => {
  db = handle.db;
  const [owner, other] = await db
    .insert(users)
    .values([
      { kind: "citizen", email: "slip-owner@example.vn", fullName: "Nguyễn Văn A", idNumber: "049090000111" },
      { kind: "citizen", email: "slip-other@example.vn", fullName: "Lê Thị B", idNumber: "049190000222" },
    ])
    .returning({ id: users.id });
  ownerId = owner!.id;
  otherId = other!.id;
  const [anMy] = await db.select({ id: units.id }).from(units).where(eq(units.code, "000.01.22.H47"));
  anMyId = anMy!.id;
  const [birth] = await db.select().from(services).where(eq(services.code, "1.001193"));
  const [dossier] = await db
    .insert(dossiers)
    .values({
      code,
      userId: ownerId,
      serviceId: birth!.id,
      serviceVersion: birth!.version,
      serviceCode: birth!.code,
      serviceName: birth!.name,
      unitId: anMyId,
      status: 1,
      channel: 2,
      applicant: { fullName: "Nguyễn Văn A", idNumber: "049090000111", phone: "0905000111", email: "slip-owner@example.vn", address: "An Mỹ" },
      applicantName: "Nguyễn Văn A",
      applicantIdNumber: "049090000111",
      formData: {},
      submittedAt: new Date("2026-11-27T02:15:00Z"),
      receiptDeadline: new Date("2026-11-30T02:15:00Z"),
      dueAt: new Date("2026-11-27T09:30:00Z"),
    })
    .returning({ id: dossiers.id });
  await db.insert(files).values(
    [0, 0, 1].map((documentIndex, i) => ({
      ownerUserId: ownerId,
      dossierId: dossier!.id,
      documentIndex,
      originalName: `tep-${i}.pdf`,
      fileName: `tep-${i}.pdf`,
      contentType: "application/pdf",
      size: 100,
      sha256: "0".repeat(64),
      storageKey: `test/${code}/${i}`,
    })),
  );
  await db.insert(dossierHistory).values({ dossierId: dossier!.id, actorKind: "citizen", action: "submit", toStatus: 1 });
});

describe("receipt slip data", () => {
  it("gives the owner the slip with the unit, the service's documents and the files sent for each", async () => {
    const slip = await loadReceiptSlip(db, code, { userId: ownerId }, "https://dichvucong.example.vn/");
    expect(slip).not.toBeNull();
    expect(slip!.receivingUnitName).toMatch(/An Mỹ/);
    expect(slip!.serviceName).toMatch(/khai sinh/i);
    expect(slip!.lookupUrl).toBe(`https://dichvucong.example.vn/tra-cuu?code=${encodeURIComponent(code)}`);
    expect(slip!.documents[0]!.files).toBe(2);
    expect(slip!.documents.length).toBeGreaterThan(1);
    expect(slip!.documents[1]!.files).toBe(1);
    expect(slip!.receivedAt).toBeNull();
  });

  it("gives officers of the receiving unit the slip, and nobody else", async () => {
    expect(await loadReceiptSlip(db, code, { unitId: anMyId }, "http://x")).not.toBeNull();
    expect(await loadReceiptSlip(db, code, { userId: otherId }, "http://x")).toBeNull();
    expect(await loadReceiptSlip(db, code, { unitId: anMyId + 1 }, "http://x")).toBeNull();
    expect(await loadReceiptSlip(db, code, {}, "http://x")).toBeNull();
    expect(await loadReceiptSlip(db, "000.01.22.H47-261127-9999", { userId: ownerId }, "http://x")).toBeNull();
  });

  it("cannot change or delete history: the database refuses", async () => {
    await expect(db.execute(sql`update dossier_history set note = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from dossier_history`)).rejects.toThrow();
  });
});
