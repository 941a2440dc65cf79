import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossiers } from "@/db/schema";
import { createCalendar } from "@/lib/calendar/calendar";

import { parseQueueParams } from "@/lib/officers/parse-queue-params";
import { queueQuerySchema } from "@/lib/officers/queue-query";
import { getOfficerDossier, listDossierAccess } from "@/lib/officers/get-officer-dossier";
import { channelName } from "@/lib/tracking/status-names";
import type { DossierStatus } from "@/lib/workflow/statuses";
import { listOfficerQueue, queueToCsv, type QueueScope } from "@/lib/officers/list-officer-queue";
import { createDossier, createUser, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;
let scope: QueueScope;
const vn = (iso: string) => new Date(`${iso}+07:00`);
const codes: Record<string, string> = {};

setupTestDatabase(async (handle) => {
  db = handle.db;
  const anMy = await unitId(db, "000.01.22.H47");
  const other = await unitId(db, "000.00.09.H47");
  const officer = await createUser(db, { kind: "officer", unitId: anMy, roles: ["tiep-nhan"] });
  const citizen = await createUser(db, { kind: "citizen" });
  scope = { unitId: anMy, officerId: officer.id, now: vn("2026-12-01T09:00:00"), calendar: createCalendar([]) };
  const make = async (
    name: string,
    values: {
      status: DossierStatus;
      dueAt: string;
      unit?: number;
      applicantName?: string;
      mine?: boolean;
      submittedAt?: string;
      stage?: "proposed" | "approved";
    },
  ) => {
    const d = await createDossier(db, {
      serviceCode: "1.000308",
      unitId: values.unit ?? anMy,
      userId: citizen.id,
      submittedAt: vn(values.submittedAt ?? "2026-11-30T08:00:00"),
      status: values.status,
    });
    await db
      .update(dossiers)
      .set({
        dueAt: vn(values.dueAt),
        receiptDeadline: vn("2026-12-01T08:00:00"),
        applicantName: values.applicantName ?? "Nguyễn Văn Dân",
        assignedOfficerId: values.mine ? officer.id : null,
        ...(values.stage ? { processingStage: values.stage } : {}),
      })
      .where(eq(dossiers.id, d.id));
    codes[name] = d.code;
  };
  await make("new", { status: 1, dueAt: "2026-12-20T17:00:00" });
  await make("dueSoon", { status: 4, dueAt: "2026-12-01T15:00:00", mine: true });
  await make("overdue", { status: 4, dueAt: "2026-11-30T17:00:00", applicantName: "Trần Thị Bưởi" });
  await make("later", { status: 2, dueAt: "2026-12-15T17:00:00" });
  await make("waiting", { status: 5, dueAt: "2026-12-10T17:00:00" });
  await make("done", { status: 10, dueAt: "2026-11-20T17:00:00" });
  await make("otherUnit", { status: 1, dueAt: "2026-12-20T17:00:00", unit: other });
  // Three dossiers due at the same 17:00, created newest first: the queue lists them oldest submission first.
  await make("tieLate", { status: 4, dueAt: "2026-12-18T17:00:00", submittedAt: "2026-11-30T10:00:00", stage: "proposed" });
  await make("tieEarly", { status: 4, dueAt: "2026-12-18T17:00:00", submittedAt: "2026-11-27T14:00:00", stage: "approved" });
  await make("tieMiddle", { status: 4, dueAt: "2026-12-18T17:00:00", submittedAt: "2026-11-28T09:00:00", stage: "proposed" });
});

const list = async (params: Record<string, string>, roles: string[] = ["tiep-nhan"]) => {
  const result = await listOfficerQueue(db, parseQueueParams(params, roles).query, scope);
  return { ...result, names: result.rows.map((r) => Object.keys(codes).find((k) => codes[k] === r.code)) };
};

describe("officer queues", () => {
  it("shows each queue of the officer's own unit only", async () => {
    expect((await list({ queue: "tiep-nhan" })).names).toEqual(["new"]);
    expect((await list({ queue: "dang-xu-ly" })).names).toEqual(["overdue", "dueSoon", "later", "tieEarly", "tieMiddle", "tieLate"]);
    expect((await list({ queue: "cua-toi" })).names).toEqual(["dueSoon"]);
    expect((await list({ queue: "cho-bo-sung" })).names).toEqual(["waiting"]);
    expect((await list({ queue: "sap-den-han" })).names).toEqual(["dueSoon"]);
    // The overdue queue also holds new dossiers past their 8-hour receipt deadline.
    expect((await list({ queue: "qua-han" })).names).toEqual(["overdue", "new"]);
    expect((await list({ queue: "da-tra" })).names).toEqual(["done"]);
    expect((await list({ queue: "tat-ca" })).total).toBe(9);
  });

  it("opens each role on its own work: reception to receive, the specialist their own, the leader what waits for approval", async () => {
    expect((await list({}, ["tiep-nhan"])).names).toEqual(["new"]);
    expect((await list({}, ["chuyen-vien"])).names).toEqual(["dueSoon"]);
    expect((await list({}, ["lanh-dao"])).names).toEqual(["tieEarly", "tieMiddle", "tieLate"]);
    expect((await list({ queue: "cho-phe-duyet" })).names).toEqual(["tieEarly", "tieMiddle", "tieLate"]);
  });

  it("lists dossiers due at the same time by submission, oldest first, whichever way the due dates run", async () => {
    const ties = (names: (string | undefined)[]) => names.filter((n) => n?.startsWith("tie"));
    expect(ties((await list({ queue: "tat-ca" })).names)).toEqual(["tieEarly", "tieMiddle", "tieLate"]);
    expect(ties((await list({ queue: "tat-ca", sort: "han-giam" })).names)).toEqual(["tieEarly", "tieMiddle", "tieLate"]);
    expect(ties((await list({ queue: "tat-ca", sort: "moi-nhat" })).names)).toEqual(["tieLate", "tieMiddle", "tieEarly"]);
  });

  it("searches by code, applicant name and ID number, and sorts by due date either way", async () => {
    expect((await list({ queue: "tat-ca", q: codes.later! })).names).toEqual(["later"]);
    expect((await list({ queue: "tat-ca", q: codes.otherUnit! })).names).toEqual([]);
    expect((await list({ queue: "tat-ca", q: "bưởi" })).names).toEqual(["overdue"]);
    expect((await list({ queue: "tat-ca", q: "049090000123" })).total).toBe(9);
    expect((await list({ queue: "tat-ca", sort: "han-giam" })).names.at(0)).toBe("new");
    expect((await list({ queue: "tat-ca", status: "5" })).names).toEqual(["waiting"]);
  });

  it("pages by 20 and exports CSV safe for spreadsheets", async () => {
    const page2 = await list({ queue: "tat-ca", page: "2" });
    expect(page2.rows).toEqual([]);
    expect(page2.total).toBe(9);
    const { rows } = await list({ queue: "tat-ca" });
    const csv = queueToCsv(
      [{ ...rows[0]!, applicantName: '=HYPERLINK("x")' }],
      (s) => `TT${s}`,
      (d) => d.toISOString(),
    );
    expect(csv.startsWith("\uFEFFMã hồ sơ,Thủ tục")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    // The channel is named as on every page, not written as its code.
    expect(csv).toContain(`,TT${rows[0]!.status},${channelName(rows[0]!.channel, "vi")},`);
  });

  it("refuses bad filters with messages (catalog keys where the officer area words them)", () => {
    const parsed = queueQuerySchema.safeParse({ queue: "khong-co", from: "01/12/2026" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining(["validation.officer.queueInvalid", "Ngày phải có dạng yyyy-mm-dd"]),
    );
  });
});

describe("an officer's dossier page", () => {
  it("shows a dossier of the officer's unit with its clock and actions, logs the opening, and hides other units' dossiers", async () => {
    const open = (code: string, role: string) =>
      getOfficerDossier(db, code, { id: scope.officerId, unitId: scope.unitId, roles: [role] }, scope.calendar, scope.now);
    const view = await open(codes.new!, "tiep-nhan");
    expect(view).not.toBeNull();
    expect(view!.actions).toEqual(["receive", "refuse"]);
    expect(view!.clock.leftHours).toBeGreaterThan(0);
    const access = await listDossierAccess(db, view!.dossier.id);
    expect(access).toHaveLength(1);
    expect(access[0]!.unitName).toMatch(/An Mỹ/);
    expect(await open(codes.otherUnit!, "tiep-nhan")).toBeNull();
    const overdue = await open(codes.overdue!, "lanh-dao");
    expect(overdue!.clock.leftHours).toBeLessThan(0);
    expect(overdue!.actions).toContain("record-apology");
  });
});
