import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import type { ApplicantDetails } from "@/lib/dossiers/applicant-details";
import { computeDueDate, receiptDeadline } from "@/lib/calendar";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import type { FormValues } from "@/lib/forms/build-form-schema";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { historyVisibility } from "@/lib/workflow/history-visibility";
import { MAX_DAILY_NUMBER, receiptDay } from "./dossier-code";
import type { SubmissionService } from "./get-submission-service";
import { submissionMessages, CODE_MARK } from "./notify-submission";
import type { ReceivingUnit } from "./receiving-units";
import type { SubmittedDossier } from "./submitted-dossier";
import { CHANNEL, STATUS, type DossierChannel } from "@/lib/workflow/statuses";
import { rowsOf } from "@/db/rows-of";

export interface NewDossier {
  /** The owner's account; null for a counter dossier of someone without an account. */
  userId: string | null;
  /** The draft id, or the API's Idempotency-Key: one dossier per value. */
  sourceDraftId: string;
  /** Attach the files uploaded to this draft. */
  draftId?: string;
  service: SubmissionService;
  unit: ReceivingUnit;
  applicant: ApplicantDetails;
  formData: FormValues;
  /** Indexes of required documents not handed in (API submissions only). */
  missingDocuments?: number[];
  /** 2 online (default); 1 at the counter or 3 by post, registered by a reception officer. */
  channel?: DossierChannel;
  /** Counter intake: the reception officer receives it at once (status 2, the clock starts). */
  receivedBy?: { id: string; name: string };
  now: Date;
  /** The language the applicant filed in (docs/i18n.md): their mail and notification; officers read Vietnamese. */
  locale?: Locale;
}

type Row = { code: string };

/**
 * Writes a submitted dossier (inside the caller's transaction, or alone: it is one statement): code (docs/domain.md#codes), dossier row (status 1,
 * channel 2, service version, deadlines from the working-hours clock), its files, the first history
 * entry, the confirmation email (outbox) and the in-app notification.
 *
 * The code comes from an upsert on dossier_code_counters whose row stays locked until commit, so every
 * submission to the same unit on the same day waits for the one before it. Everything that must happen
 * under that lock is therefore ONE statement (data-modifying CTEs; foreign keys are checked at its end):
 * the counter, the dossier, its files, history, email and notification.
 */
export async function insertDossier(tx: DatabaseOrTransaction, input: NewDossier): Promise<SubmittedDossier> {
  const { service, unit, applicant, now } = input;
  const calendar = await loadCalendar(tx);
  const deadline = receiptDeadline(now, calendar);
  const dueAt = computeDueDate({
    receivedAt: now,
    timeLimit: { value: service.timeLimitValue, unit: service.timeLimitUnit },
    calendar,
  });
  const id = randomUUID();
  const status = input.receivedBy ? STATUS.RECEIVED : STATUS.NEW;
  const channel = input.channel ?? CHANNEL.ONLINE;
  const day = receiptDay(now);
  const draft: Omit<SubmittedDossier, "code"> = {
    id,
    status,
    serviceCode: service.code,
    serviceName: service.name,
    mode: service.mode,
    unit: { code: unit.code, name: unit.name },
    applicantName: applicant.fullName,
    applicantEmail: applicant.email,
    submittedAt: now,
    receiptDeadline: deadline,
    dueAt,
  };
  const locale = input.locale ?? "vi";
  const text = submissionMessages(draft, locale);
  // The history is the officers' record: Vietnamese whatever language the applicant used.
  const vi = translatorFor("vi", "submission");
  const history = input.missingDocuments?.length ? { channel, missingDocuments: input.missingDocuments } : { channel };
  const actor = input.receivedBy
    ? {
        id: input.receivedBy.id,
        kind: "officer",
        name: input.receivedBy.name,
        action: "register-counter",
        note: vi(channel === CHANNEL.POSTAL ? "history.counterPost" : "history.counterDesk"),
      }
    : { id: input.userId, kind: "citizen", name: applicant.fullName, action: "submit", note: vi("history.submit") };
  const at = now.toISOString();
  const attachFiles =
    input.draftId && input.userId
      ? sql`, f as (
        update files set dossier_id = ${id}
        where draft_id = ${input.draftId} and owner_user_id = ${input.userId} and dossier_id is null
          and exists (select 1 from d))`
      : sql``;
  // Counter dossiers of people without an account get no in-app notification.
  const notify = input.userId
    ? sql`, n as (
        insert into notifications (user_id, dossier_id, title, body, link)
        select ${input.userId}, ${id}, replace(${text.title}, ${CODE_MARK}, d.code), ${text.notice},
          replace(${text.link}, ${CODE_MARK}, d.code) from d)`
    : sql``;

  const result = await tx.execute(sql`
    with c as (
      insert into dossier_code_counters (agency_code, day, last_number) values (${unit.code}, ${day}, 1)
      on conflict (agency_code, day) do update set last_number = dossier_code_counters.last_number + 1
      returning last_number
    ), d as (
      insert into dossiers (id, code, user_id, source_draft_id, service_id, service_version, service_code,
        service_name, unit_id, status, channel, applicant, applicant_name, applicant_id_number, form_data,
        submitted_at, receipt_deadline, due_at, received_at, locale)
      select ${id}, ${`${unit.code}-${day}-`} || lpad(c.last_number::text, 4, '0'), ${input.userId},
        ${input.sourceDraftId}, ${service.id}, ${service.version}, ${service.code}, ${service.name}, ${unit.id},
        ${status}, ${channel}, ${JSON.stringify(applicant)}::jsonb, ${applicant.fullName},
        ${applicant.idNumber}, ${JSON.stringify(input.formData)}::jsonb, ${at}::timestamptz,
        ${deadline.toISOString()}::timestamptz, ${dueAt.toISOString()}::timestamptz,
        ${input.receivedBy ? at : null}::timestamptz, ${locale}
      from c where c.last_number <= ${MAX_DAILY_NUMBER}
      returning code
    ), h as (
      insert into dossier_history (dossier_id, at, actor_user_id, actor_kind, actor_name, action, to_status, note, data, visibility)
      select ${id}, ${at}::timestamptz, ${actor.id}, ${actor.kind}, ${actor.name}, ${actor.action},
        ${status}, ${actor.note}, ${JSON.stringify(history)}::jsonb,
        ${historyVisibility({ action: actor.action })} from d
    ), e as (
      insert into email_outbox (to_address, subject, text_body, kind)
      select ${applicant.email}, replace(${text.subject}, ${CODE_MARK}, d.code),
        replace(${text.body}, ${CODE_MARK}, d.code), 'dossier-submitted' from d where ${applicant.email} <> ''
    )${notify}${attachFiles}
    select code from d`);
  const code = rowsOf<Row>(result)[0]?.code;
  if (!code) throw new Error(`No dossier number left for ${unit.code} on ${day} (max ${MAX_DAILY_NUMBER})`);
  return { ...draft, code };
}
