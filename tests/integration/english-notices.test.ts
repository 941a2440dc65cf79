import { describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossiers, emailOutbox } from "@/db/schema";
import { loadNotice } from "@/lib/documents/load-notice";
import { renderNotice } from "@/lib/documents/render-notice";
import { applyDossierAction, type ActingUser } from "@/lib/workflow/apply-dossier-action";
import { pdfText } from "../../e2e/pdf-text";
import { createDossier, createOfficerActor, createUser, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;
let reception: ActingUser & { kind: "officer" };
let citizenId: string;
let anMy: number;

const vn = (iso: string) => new Date(`${iso}+07:00`);
const REASON = "Không thuộc thẩm quyền của UBND phường.";

setupTestDatabase(async (handle) => {
  db = handle.db;
  anMy = await unitId(db, "000.01.22.H47");
  reception = await createOfficerActor(db, anMy, ["tiep-nhan"], "Lê Thị Tiếp");
  citizenId = (await createUser(db, { kind: "citizen", name: "John Smith" })).id;
});

/** A dossier filed in `locale`, refused at receipt: its refusal notice (Mẫu 03) and the mail that told the applicant. */
async function refusedIn(locale: "vi" | "en") {
  const dossier = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: citizenId, submittedAt: vn("2026-11-30T08:00:00") });
  await db.update(dossiers).set({ locale }).where(eq(dossiers.id, dossier.id));
  await applyDossierAction(db, reception, {
    dossierId: dossier.id,
    expectedVersion: 1,
    action: "refuse",
    note: REASON,
    now: vn("2026-11-30T09:30:00"),
  });
  const notice = await loadNotice(db, dossier.code, "tu-choi", { unitId: anMy });
  if (!notice) throw new Error("no refusal notice");
  const text = await pdfText(await renderNotice(notice));
  // A paragraph wraps over several lines of the page: read each page as one line.
  const pdf = { ...text, pages: text.pages.map((page) => page.replace(/\s+/g, " ")) };
  const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, "dossier-status")).orderBy(desc(emailOutbox.id)).limit(1);
  return { code: dossier.code, pdf, mail: mail! };
}

describe("notices and mail to an applicant who filed in English", () => {
  it("the refusal notice has the English notice first and the Vietnamese original from a new page", async () => {
    const { code, pdf } = await refusedIn("en");
    expect(pdf.pages).toHaveLength(2);
    const [english, vietnamese] = pdf.pages as [string, string];
    expect(english).toContain("NOTICE OF REFUSAL TO ACCEPT YOUR DOSSIER");
    expect(english).toContain("The Vietnamese original");
    expect(english).toMatch(/cannot be accepted for the following reason: Không thuộc thẩm quyền của UBND phường\./);
    expect(english).toContain(code);
    expect(english).not.toContain("PHIẾU TỪ CHỐI");
    expect(vietnamese).toContain("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
    expect(vietnamese).toContain("Hồ sơ không đủ điều kiện để tiếp nhận giải quyết vì lý do sau: Không thuộc thẩm quyền của UBND phường.");
    expect(vietnamese).not.toContain("NOTICE OF REFUSAL");
    expect(pdf.title).toContain("NOTICE OF REFUSAL");
    expect(pdf.language).toBe("en-GB");
  });

  it("the status mail is in English, with the Vietnamese text below a divider", async () => {
    const { code, mail } = await refusedIn("en");
    expect(mail.subject).toBe(`Dossier ${code}: Not accepted`);
    const [english, vietnamese] = mail.textBody.split("Vietnamese original:") as [string, string];
    expect(english).toContain("Dear Nguyễn Văn Dân,");
    expect(english).toContain("Its status is now: Not accepted.");
    expect(english).toContain(`/en/ho-so/${encodeURIComponent(code)}`);
    expect(vietnamese).toContain(`Hồ sơ ${code} (`);
    expect(vietnamese).toContain("đã chuyển sang trạng thái: Không được tiếp nhận");
    expect(vietnamese).toContain(`Ghi chú: ${REASON}`);
    expect(vietnamese).not.toContain("/en/");
  });

  it("a dossier filed in Vietnamese gets the Vietnamese notice and mail only, as before", async () => {
    const { code, pdf, mail } = await refusedIn("vi");
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]).toContain("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
    expect(pdf.language).toBe("vi-VN");
    expect(mail.subject).toBe(`Hồ sơ ${code}: Không được tiếp nhận`);
    expect(mail.textBody).not.toMatch(/Dear|Vietnamese original/);
    expect(mail.textBody.startsWith("Kính gửi Nguyễn Văn Dân,")).toBe(true);
  });
});
