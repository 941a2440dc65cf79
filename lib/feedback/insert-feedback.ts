import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { normalizeText } from "@/lib/search/normalize-text";
import { feedbackDay, FEEDBACK_CODE_PREFIX, MAX_DAILY_FEEDBACK } from "./feedback-code";
import type { Locale } from "@/lib/i18n/locales";
import type { FeedbackChannel, FeedbackKind, FeedbackStatus } from "./feedback-vocabulary";
import { rowsOf } from "@/db/rows-of";

/** Stands for the code, not known before the statement, in the texts below. */
export const CODE_MARK = "{{code}}";

export interface NewFeedback {
  kind: FeedbackKind;
  channel: FeedbackChannel;
  subject: string;
  content: string;
  relatedDossierId: string | null;
  concernedUnitId: number | null;
  fieldId: number | null;
  senderName: string;
  senderPhone: string;
  senderEmail: string;
  userId: string | null;
  consentToPublish: boolean;
  status: FeedbackStatus;
  /** Answered on the spot (status closed). */
  answerText: string | null;
  receivedBy: { id: string; name: string } | null;
  clientAddress: string;
  contentHash: string;
  /** The sender's language (their mails'); Vietnamese when not given (an operator's intake). */
  locale?: Locale;
  /** History entries written with the row, in order (public ones are shown to the sender). */
  history: { action: string; toStatus: FeedbackStatus; note: string; visibility: "public" | "internal" }[];
  email: { to: string; subject: string; body: string; kind: string } | null;
  notification: { userId: string; title: string; body: string; link: string } | null;
  attachmentFileIds: string[];
  now: Date;
}

type Row = { id: string; code: string; attached: number };

/**
 * Writes a new feedback item in ONE statement: the day's running number (an upsert whose row stays locked
 * until commit, so two submissions never share a number, on any number of app instances), the item,
 * its history, the acknowledgement email, the in-app notification and the attachments' links. Nothing
 * that must happen under the counter's lock is left for a second round trip.
 */
export async function insertFeedback(tx: DatabaseOrTransaction, input: NewFeedback): Promise<{ id: string; code: string; attached: number }> {
  const id = randomUUID();
  const day = feedbackDay(input.now);
  const at = input.now.toISOString();
  const actor = input.receivedBy
    ? { id: input.receivedBy.id, kind: "officer", name: input.receivedBy.name }
    : { id: input.userId, kind: "citizen", name: input.senderName };
  const closed = input.status === "closed" || input.status === "answered";
  // Each step one microsecond after the last, so the order of the entries survives a sort by time.
  const history = input.history.map(
    (h, i) => sql`(${id}::uuid, ${new Date(input.now.getTime() + i).toISOString()}::timestamptz, ${actor.id}::uuid, ${actor.kind}, ${actor.name},
      ${h.action}, ${i === 0 ? null : input.history[i - 1]!.toStatus}, ${h.toStatus}, ${h.note}, ${h.visibility})`,
  );
  const email = input.email
    ? sql`, e as (
        insert into email_outbox (to_address, subject, text_body, kind)
        select ${input.email.to}, replace(${input.email.subject}, ${CODE_MARK}, d.code), replace(${input.email.body}, ${CODE_MARK}, d.code), ${input.email.kind} from d)`
    : sql``;
  const notify = input.notification
    ? sql`, n as (
        insert into notifications (user_id, title, body, link)
        select ${input.notification.userId}, replace(${input.notification.title}, ${CODE_MARK}, d.code), ${input.notification.body},
          replace(${input.notification.link}, ${CODE_MARK}, d.code) from d)`
    : sql``;
  const attachIds = input.attachmentFileIds.length > 0 ? input.attachmentFileIds : [];
  const attach = attachIds.length
    ? sql`, a as (
        insert into feedback_attachments (feedback_id, file_id)
        select d.id, f.id from d, files f
        where f.id in (${sql.join(
          attachIds.map((f) => sql`${f}::uuid`),
          sql`, `,
        )}) and f.purpose = 'feedback-attachment'
          and f.dossier_id is null and f.draft_id is null
          and not exists (select 1 from feedback_attachments x where x.file_id = f.id)
        returning 1)`
    : sql``;
  const searchText = normalizeText(`${input.senderName} ${input.senderPhone} ${input.subject} ${input.content}`);

  const result = await tx.execute(sql`
    with c as (
      insert into feedback_code_counters (day, last_number) values (${day}, 1)
      on conflict (day) do update set last_number = feedback_code_counters.last_number + 1
      returning last_number
    ), d as (
      insert into feedback_items (id, code, kind, channel, subject, content, related_dossier_id, concerned_unit_id, field_id,
        sender_name, sender_phone, sender_email, user_id, consent_to_publish, status, answer_text, answered_at,
        received_by_user_id, client_address, content_hash, search_text, submitted_at, closed_at, created_at, updated_at, locale)
      select ${id}, ${`${FEEDBACK_CODE_PREFIX}-${day}-`} || lpad(c.last_number::text, 4, '0'), ${input.kind}, ${input.channel},
        ${input.subject}, ${input.content}, ${input.relatedDossierId}, ${input.concernedUnitId}, ${input.fieldId},
        ${input.senderName}, ${input.senderPhone}, ${input.senderEmail}, ${input.userId}, ${input.consentToPublish},
        ${input.status}, ${input.answerText}, ${input.answerText ? at : null}::timestamptz, ${input.receivedBy?.id ?? null},
        ${input.clientAddress}, ${input.contentHash}, ${searchText}, ${at}::timestamptz, ${closed ? at : null}::timestamptz,
        ${at}::timestamptz, ${at}::timestamptz, ${input.locale ?? "vi"}
      from c where c.last_number <= ${MAX_DAILY_FEEDBACK}
      returning id, code
    ), h as (
      insert into feedback_history (feedback_id, at, actor_user_id, actor_kind, actor_name, action, from_status, to_status, note, visibility)
      select v.* from (values ${sql.join(history, sql`, `)}) as v(feedback_id, at, actor_user_id, actor_kind, actor_name, action, from_status, to_status, note, visibility)
      where exists (select 1 from d)
    )${email}${notify}${attach}
    select d.id, d.code, ${attachIds.length ? sql`(select count(*)::int from a)` : sql`0`} as attached from d`);
  const row = rowsOf<Row>(result)[0];
  if (!row) throw new Error(`No feedback number left on ${day} (max ${MAX_DAILY_FEEDBACK})`);
  return { id: row.id, code: row.code, attached: Number(row.attached) };
}
