import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { files, users } from "@/db/schema";
import { saveDraftApplicant, saveDraftForm } from "@/lib/dossiers/save-draft-step";
import { createDraft } from "@/lib/dossiers/create-draft";
import { getOwnDraft } from "@/lib/dossiers/get-own-draft";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";

export const BIRTH_REGISTRATION = "1.001193";
export const AN_MY = "000.01.22.H47";

export const birthForm = {
  childFullName: "Nguyễn Văn An",
  childBirthDate: "2026-11-01",
  childSex: "Nam",
  birthPlace: "Bệnh viện Đa khoa tỉnh Quảng Nam",
  motherFullName: "Trần Thị Bình",
};

/** The signed-in user the routes read from the session, for an account of this id. */
export function sessionUser(id: string, kind: CurrentUser["kind"] = "citizen"): CurrentUser {
  return {
    id,
    kind,
    email: "x@example.vn",
    emailVerified: true,
    fullName: "Nguyễn Văn Công",
    idNumber: null,
    dateOfBirth: null,
    phone: "",
    address: "",
    unitId: null,
    roles: [],
  };
}

/** A citizen account inserted directly (the accounts work owns registration). */
export async function insertCitizen(db: Database): Promise<string> {
  const n = randomBytes(5).readUIntBE(0, 5) % 1_000_000;
  const [user] = await db
    .insert(users)
    .values({
      kind: "citizen",
      email: `congdan-${randomBytes(4).toString("hex")}@example.vn`,
      fullName: "Nguyễn Văn Công",
      idNumber: `049${String(n).padStart(9, "0")}`,
      dateOfBirth: "1990-05-12",
      phone: "0905123456",
      address: "12 Phan Bội Châu, phường An Mỹ, TP Tam Kỳ",
    })
    .returning({ id: users.id });
  if (!user) throw new Error("no user");
  return user.id;
}

/** A draft of Đăng ký khai sinh at phường An Mỹ with the form filled and every required document "uploaded". */
export async function completeDraft(db: Database, userId: string, options: { documents?: boolean } = {}): Promise<string> {
  const service = await getSubmissionService(db, { code: BIRTH_REGISTRATION });
  if (!service) throw new Error("service missing from seed");
  const draftId = await createDraft(db, userId, service);
  const draft = await getOwnDraft(db, userId, draftId);
  if (!draft) throw new Error("draft missing");
  const applicant = draft.applicant!;
  const step1 = await saveDraftApplicant(db, userId, draft, service, { ...applicant, onBehalf: "", receivingUnitCode: AN_MY });
  if (!step1.ok) throw new Error(JSON.stringify(step1.errors));
  const step2 = await saveDraftForm(db, userId, draft, service, birthForm);
  if (!step2.ok) throw new Error(JSON.stringify(step2.errors));
  if (options.documents !== false) {
    const rows = service.documents.flatMap((d, index) =>
      d.required
        ? [
            {
              ownerUserId: userId,
              draftId,
              documentIndex: index,
              originalName: `giay-to-${index}.pdf`,
              fileName: `giay-to-${index}.pdf`,
              contentType: "application/pdf",
              size: 1000,
              sha256: "0".repeat(64),
              storageKey: `test/${draftId}/${index}`,
            },
          ]
        : [],
    );
    await db.insert(files).values(rows);
  }
  return draftId;
}
