import { and, asc, count, desc, eq, gte, ilike, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers } from "@/db/schema";
import { addWorkingHours } from "@/lib/calendar/working-hours";
import type { Calendar } from "@/lib/calendar/calendar";
import { toCsv } from "@/lib/documents/csv";
import { parseDossierCode } from "@/lib/dossiers/dossier-code";
import { fromLocalDateTime } from "@/lib/calendar/local-time";
import { channelName } from "@/lib/tracking/status-names";
import { overdueCondition } from "@/lib/workflow/overdue-condition";
import type { ProcessingStage } from "@/lib/workflow/status-machine";
import { OPEN_STATUSES, STATUS, type DossierChannel, type DossierStatus } from "@/lib/workflow/statuses";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { QUEUE_PAGE_SIZE, type QueueQuery } from "./queue-query";

const WAITING_FOR_LEADER: ProcessingStage[] = ["proposed", "approved"];

export interface QueueRow {
  id: string;
  code: string;
  serviceName: string;
  applicantName: string;
  applicantIdNumber: string;
  status: DossierStatus;
  channel: DossierChannel;
  /** The language it was filed in: an English one is marked for officers (docs/i18n.md). */
  locale: Locale;
  submittedAt: Date;
  receiptDeadline: Date;
  dueAt: Date;
  assignedOfficerId: string | null;
  version: number;
}

export interface QueueScope {
  unitId: number;
  officerId: string;
  now: Date;
  calendar: Calendar;
}

function queueCondition(query: QueueQuery, scope: QueueScope): SQL | undefined {
  switch (query.queue) {
    case "tiep-nhan":
      return eq(dossiers.status, STATUS.NEW);
    case "dang-xu-ly":
      return inArray(dossiers.status, [STATUS.RECEIVED, STATUS.PROCESSING]);
    case "cua-toi":
      return and(inArray(dossiers.status, [...OPEN_STATUSES]), eq(dossiers.assignedOfficerId, scope.officerId));
    case "cho-phe-duyet":
      // Proposed drafts wait for the leader's approval; approved ones for the leader to sign the result.
      return and(eq(dossiers.status, STATUS.PROCESSING), inArray(dossiers.processingStage, WAITING_FOR_LEADER));
    case "cho-bo-sung":
      return eq(dossiers.status, STATUS.SUPPLEMENT_REQUESTED);
    case "cho-thanh-toan":
      return eq(dossiers.status, STATUS.PAYMENT_REQUESTED);
    case "sap-den-han":
      return and(
        inArray(dossiers.status, [...OPEN_STATUSES]),
        gte(dossiers.dueAt, scope.now),
        lte(dossiers.dueAt, addWorkingHours(scope.now, 8, scope.calendar)),
      );
    case "qua-han":
      return overdueCondition(scope.now);
    case "da-xu-ly":
      return eq(dossiers.status, STATUS.PROCESSED);
    case "da-tra":
      return eq(dossiers.status, STATUS.RETURNED);
    case "tat-ca":
      return undefined;
  }
}

function searchCondition(q: string): SQL | undefined {
  if (!q) return undefined;
  if (parseDossierCode(q)) return eq(dossiers.code, q);
  if (/^[0-9]{9,12}$|^[0-9]{10}-[0-9]{3}$|^[A-Z][0-9]{7,8}$/i.test(q)) return or(eq(dossiers.applicantIdNumber, q), ilike(dossiers.code, `%${q}%`));
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  const byName = ilike(dossiers.applicantName, `%${escaped}%`);
  // A code starts with digits: text without any is a name, searched on the unit's name index alone.
  return /[0-9]/.test(q) ? or(byName, ilike(dossiers.code, `${escaped}%`)) : byName;
}

/**
 * Due date first; dossiers due at the same time (a day's same-day dossiers, a batch due at 17:00) in the
 * order they were submitted, oldest first, whichever way the due dates run. The indexes on
 * (unit, status, due, submitted) and (assignee, status, due, submitted) hold the rising order.
 */
export function queueOrder(sort: QueueQuery["sort"]): SQL[] {
  if (sort === "moi-nhat") return [desc(dossiers.submittedAt), desc(dossiers.id)];
  const due = sort === "han-giam" ? desc(dossiers.dueAt) : asc(dossiers.dueAt);
  return [due, asc(dossiers.submittedAt), asc(dossiers.id)];
}

/** One page of a unit's queue, with its total; the unit always comes from the session, never the URL. */
export async function listOfficerQueue(db: DatabaseOrTransaction, query: QueueQuery, scope: QueueScope, pageSize = QUEUE_PAGE_SIZE) {
  const where = and(
    eq(dossiers.unitId, scope.unitId),
    queueCondition(query, scope),
    searchCondition(query.q),
    query.service ? eq(dossiers.serviceCode, query.service) : undefined,
    query.status ? eq(dossiers.status, query.status) : undefined,
    query.channel ? eq(dossiers.channel, query.channel) : undefined,
    query.from ? gte(dossiers.submittedAt, fromLocalDateTime(query.from, 0, "Asia/Ho_Chi_Minh")) : undefined,
    query.to ? lt(dossiers.submittedAt, fromLocalDateTime(query.to, 86_400_000, "Asia/Ho_Chi_Minh")) : undefined,
  );
  const order = queueOrder(query.sort);
  // One scan finds the page's ids and the total (a window count): for a name search it is an index-only
  // scan of dossiers_unit_name_idx; the page's rows are then read by id.
  const page = db.$with("page").as(
    db
      .select({ id: dossiers.id, total: sql<number>`count(*) over ()`.as("total") })
      .from(dossiers)
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((query.page - 1) * pageSize),
  );
  const found = await db
    .with(page)
    .select({
      id: dossiers.id,
      code: dossiers.code,
      serviceName: dossiers.serviceName,
      applicantName: dossiers.applicantName,
      applicantIdNumber: dossiers.applicantIdNumber,
      status: dossiers.status,
      channel: dossiers.channel,
      locale: dossiers.locale,
      submittedAt: dossiers.submittedAt,
      receiptDeadline: dossiers.receiptDeadline,
      dueAt: dossiers.dueAt,
      assignedOfficerId: dossiers.assignedOfficerId,
      version: dossiers.version,
      total: page.total,
    })
    .from(page)
    .innerJoin(dossiers, eq(dossiers.id, page.id))
    .orderBy(...order);
  const rows: QueueRow[] = found.map(({ total: _total, ...row }) => row);
  // Past the last page the window counts nothing: count apart.
  const total =
    found.length > 0 ? Number(found[0]!.total) : query.page > 1 ? ((await db.select({ n: count() }).from(dossiers).where(where))[0]?.n ?? 0) : 0;
  return { rows, total, page: query.page, pageSize };
}

/**
 * CSV of a queue (the current filters, every page), with a BOM so spreadsheet programs read Vietnamese. The
 * headers stay Vietnamese whatever the page's language: the file goes into the unit's records.
 */
export function queueToCsv(rows: readonly QueueRow[], statusName: (status: number) => string, formatTime: (d: Date) => string): string {
  const t = translatorFor("vi", "officer");
  const header = (["code", "service", "applicant", "idNumber", "status", "channel", "submitted", "due"] as const).map((column) =>
    t(`csv.headers.${column}`),
  );
  const lines = rows.map((r) => [
    r.code,
    r.serviceName,
    r.applicantName,
    r.applicantIdNumber,
    statusName(r.status),
    channelName(r.channel, "vi"),
    formatTime(r.submittedAt),
    formatTime(r.dueAt),
  ]);
  return toCsv([header, ...lines]);
}
