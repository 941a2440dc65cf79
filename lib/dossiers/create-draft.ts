import { eq, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { prepareOnce } from "@/db/prepared";
import { dossierDrafts, users } from "@/db/schema";
import type { ApplicantDetails } from "@/lib/dossiers/applicant-details";
import type { SubmissionService } from "./get-submission-service";

/** The applicant details of step 1, prefilled from the account. */
export async function applicantFromAccount(db: DatabaseOrTransaction, userId: string): Promise<ApplicantDetails | null> {
  const [user] = await prepareOnce(db, "applicant_from_account", (d) =>
    d
      .select({
        fullName: users.fullName,
        idNumber: users.idNumber,
        dateOfBirth: users.dateOfBirth,
        phone: users.phone,
        email: users.email,
        address: users.address,
      })
      .from(users)
      .where(eq(users.id, sql.placeholder("userId")))
      .limit(1)
      .prepare("applicant_from_account"),
  ).execute({ userId });
  if (!user) return null;
  return {
    fullName: user.fullName,
    idNumber: user.idNumber ?? "",
    ...(user.dateOfBirth ? { dateOfBirth: user.dateOfBirth } : {}),
    phone: user.phone,
    email: user.email,
    address: user.address,
    onBehalfOf: null,
  };
}

/** Starts a draft for a service, with the applicant prefilled from the account. */
export async function createDraft(db: DatabaseOrTransaction, userId: string, service: SubmissionService): Promise<string> {
  const applicant = await applicantFromAccount(db, userId);
  const [row] = await db
    .insert(dossierDrafts)
    .values({
      userId,
      serviceId: service.id,
      serviceVersion: service.version,
      step: 1,
      applicant,
      receivingUnitId: service.level === "tinh" ? service.agency.id : null,
    })
    .returning({ id: dossierDrafts.id });
  if (!row) throw new Error("dossier_drafts insert returned no row");
  return row.id;
}
