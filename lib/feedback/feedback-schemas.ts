import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { DOSSIER_CODE_PATTERN, inputString, pageNumberSchema, searchTextSchema, uuidSchema } from "@/lib/validation/boundary-schemas";
import { FEEDBACK_OFFICER_ACTIONS } from "./feedback-machine";
import { FEEDBACK_KINDS, FEEDBACK_RATINGS, INTAKE_CHANNELS } from "./feedback-vocabulary";

/** Field messages are keys of validation.feedback, turned into text at render time (docs/i18n.md). */
const m = {
  kind: "validation.feedback.kind",
  channel: "validation.feedback.channel",
  subject: "validation.feedback.subject",
  content: "validation.feedback.content",
  dossierCode: "validation.feedback.dossierCode",
  unit: "validation.feedback.unit",
  field: "validation.feedback.field",
  senderName: "validation.feedback.senderName",
  phoneRequired: "validation.feedback.phoneRequired",
  phone: "validation.feedback.phone",
  email: "validation.feedback.email",
  answer: "validation.feedback.answer",
  note: "validation.feedback.note",
  code: "validation.feedback.code",
  rating: "validation.feedback.rating",
  attachments: "validation.feedback.attachments",
  locale: "validation.feedback.locale",
} as const;

/**
 * One zod schema per input of the feedback register (docs/feedback.md), shared by the forms, the
 * server actions and POST /api/v1/feedback. FormData-friendly: empty strings are "not given".
 */

export const SUBJECT_MAX = 200;
export const CONTENT_MAX = 5000;
export const ANSWER_MAX = 10_000;
export const MAX_ATTACHMENTS = 5;

/** Digits of a Vietnamese phone number (mobile or landline): +84/84 → 0, spaces and dots dropped. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.()-]/g, "");
  const national = compact.replace(/^(\+84|84(?=\d{9,10}$))/, "0");
  return /^0\d{9,10}$/.test(national) ? national : null;
}

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalId = (message: string) => z.preprocess(emptyToUndefined, z.coerce.number({ error: message }).int(message).min(1, message).optional());

const phone = inputString({ error: m.phoneRequired })
  .trim()
  .min(1, m.phoneRequired)
  .refine((v) => normalizePhone(v) !== null, m.phone)
  .transform((v) => normalizePhone(v) ?? v);
const optionalPhone = z.preprocess(emptyToUndefined, phone.optional());
const email = z.preprocess(
  emptyToUndefined,
  inputString()
    .trim()
    .max(254, m.email)
    .pipe(z.email(m.email))
    .transform((v) => v.toLowerCase())
    .optional(),
);
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

const common = {
  kind: z.enum(FEEDBACK_KINDS, { error: m.kind }),
  subject: inputString({ error: m.subject }).trim().min(5, m.subject).max(SUBJECT_MAX, m.subject),
  content: inputString({ error: m.content }).trim().min(10, m.content).max(CONTENT_MAX, m.content),
  dossierCode: z.preprocess(
    emptyToUndefined,
    inputString()
      .trim()
      .regex(DOSSIER_CODE_PATTERN, m.dossierCode)
      .transform((v) => v.toUpperCase())
      .optional(),
  ),
  concernedUnitId: optionalId(m.unit),
  senderName: inputString({ error: m.senderName }).trim().min(2, m.senderName).max(100, m.senderName),
  senderEmail: email,
  consentToPublish: checkbox,
};

/** The citizen's web form (signed in or not) and the API; `locale` (API only) is the sender's language. */
export const submitFeedbackSchema = z.object({ ...common, senderPhone: phone, locale: z.enum(LOCALES, { error: m.locale }).optional() });
export type SubmitFeedbackInput = z.infer<typeof submitFeedbackSchema>;

/** An operator records a call, a Zalo message, an email or a letter; the caller may give no phone. */
export const intakeFeedbackSchema = z.object({
  ...common,
  channel: z.enum(INTAKE_CHANNELS, { error: m.channel }),
  senderPhone: optionalPhone,
  /** Answered on the spot: the item is recorded closed with this answer. */
  answerOnSpot: z.preprocess(emptyToUndefined, inputString().trim().max(ANSWER_MAX, m.answer).optional()),
  fieldId: optionalId(m.field),
});
export type IntakeFeedbackInput = z.infer<typeof intakeFeedbackSchema>;

export const FEEDBACK_CODE_PATTERN = /^PAKN-\d{6}-\d{4}$/;
export const feedbackCodeSchema = inputString({ error: m.code })
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => FEEDBACK_CODE_PATTERN.test(v), m.code);

export const feedbackLookupSchema = z.object({ code: feedbackCodeSchema, phone });
export type FeedbackLookupInput = z.infer<typeof feedbackLookupSchema>;

const note = inputString().trim().max(2000, m.note);
const requiredNote = note.min(1, m.note);
const answer = inputString({ error: m.answer }).trim().min(1, m.answer).max(ANSWER_MAX, m.answer);
const unitId = z.coerce.number({ error: m.unit }).int(m.unit).min(1, m.unit);

/** An officer's step on one item; `version` is the one the page showed (optimistic locking). */
export const feedbackActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("classify"), fieldId: optionalId(m.field), unitId: optionalId(m.unit), note: note.optional() }),
  z.object({ action: z.literal("answer"), answer }),
  z.object({ action: z.literal("close"), note: requiredNote }),
  z.object({ action: z.literal("forward"), unitId, fieldId: optionalId(m.field), note: note.optional() }),
  z.object({ action: z.literal("return-to-centre"), note: requiredNote }),
  z.object({ action: z.literal("agency-answer"), answer }),
  /** The centre's reviewed answer: the agency's text, edited if needed, is sent to the citizen. */
  z.object({ action: z.literal("approve-answer"), answer }),
  z.object({ action: z.literal("request-revision"), note: requiredNote }),
  /** The publisher's reviewed, masked texts (subject, content, answer). */
  z.object({
    action: z.literal("publish"),
    subject: inputString().trim().min(5, m.subject).max(SUBJECT_MAX, m.subject),
    content: inputString().trim().min(10, m.content).max(CONTENT_MAX, m.content),
    answer,
  }),
  z.object({ action: z.literal("unpublish"), note: note.optional() }),
]);
export type FeedbackActionInput = z.infer<typeof feedbackActionSchema>;
// Keeps the schema and the machine's officer actions in step (a type error when one side changes).
type MissingAction = Exclude<(typeof FEEDBACK_OFFICER_ACTIONS)[number], FeedbackActionInput["action"]>;
const _noMissingAction: MissingAction extends never ? true : false = true;
void _noMissingAction;

export const citizenFeedbackActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("rate"), rating: z.enum(FEEDBACK_RATINGS, { error: m.rating }) }),
  z.object({ action: z.literal("reopen"), note: requiredNote }),
]);
export type CitizenFeedbackActionInput = z.infer<typeof citizenFeedbackActionSchema>;

export const FEEDBACK_QUEUES = ["new", "forwarded", "due-soon", "overdue", "answered", "published"] as const;
export type FeedbackQueue = (typeof FEEDBACK_QUEUES)[number];

export const feedbackQueueQuerySchema = z.object({
  queue: z.enum(FEEDBACK_QUEUES).catch("new"),
  q: z.preprocess(emptyToUndefined, searchTextSchema(100).optional()),
  page: pageNumberSchema.catch(1),
});
export type FeedbackQueueQuery = z.infer<typeof feedbackQueueQuerySchema>;

export const publishedAnswersQuerySchema = z.object({
  q: z.preprocess(emptyToUndefined, searchTextSchema(100).optional()),
  unitId: optionalId(m.unit).catch(undefined),
  fieldId: optionalId(m.field).catch(undefined),
  page: pageNumberSchema.catch(1),
});
export type PublishedAnswersQuery = z.infer<typeof publishedAnswersQuerySchema>;

export const feedbackIdSchema = uuidSchema;
export const attachmentIdsSchema = z.array(uuidSchema).max(MAX_ATTACHMENTS, m.attachments);
