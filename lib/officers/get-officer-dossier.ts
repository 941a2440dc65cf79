import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { listDossierFees } from "@/lib/payments/list-dossier-fees";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierAccessLog, dossierHistory, dossiers, files, serviceVersions, units, users } from "@/db/schema";
import type { Calendar } from "@/lib/calendar/calendar";
import { workingHoursBetween } from "@/lib/calendar/working-hours";
import { apologiesFromHistory, currentAppointment } from "@/lib/workflow/current-appointment";
import { availableActions, decide, type WorkflowState } from "@/lib/workflow/status-machine";
import { FINAL_STATUSES, isDossierStatus, isOverdue, STATUS } from "@/lib/workflow/statuses";
import { workflowNow } from "@/lib/calendar/workflow-now";

const OPEN_ASSIGNED = [STATUS.RECEIVED, STATUS.PROCESSING, STATUS.SUPPLEMENT_REQUESTED, STATUS.PAYMENT_REQUESTED];

export interface OfficerViewer {
  id: string;
  unitId: number;
  roles: readonly string[];
}

/**
 * Everything an officer's dossier page shows — only for a dossier of the officer's own unit (null
 * otherwise) — and the opening is logged, so the citizen sees which unit looked at it and when.
 */
export async function getOfficerDossier(
  db: DatabaseOrTransaction,
  code: string,
  viewer: OfficerViewer,
  calendar: Calendar,
  now: Date = workflowNow(),
) {
  const [row] = await db
    .select({ dossier: dossiers, content: serviceVersions.content, unitName: units.name })
    .from(dossiers)
    .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, dossiers.serviceId), eq(serviceVersions.version, dossiers.serviceVersion)))
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(and(eq(dossiers.code, code), eq(dossiers.unitId, viewer.unitId)));
  if (!row) return null;
  const { dossier, content } = row;
  await db.insert(dossierAccessLog).values({ dossierId: dossier.id, officerUserId: viewer.id, unitId: viewer.unitId, at: now });

  const [documents, history, fees, officers] = await Promise.all([
    db.select().from(files).where(eq(files.dossierId, dossier.id)).orderBy(asc(files.createdAt)),
    db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, dossier.id)).orderBy(asc(dossierHistory.id)),
    listDossierFees(db, dossier.id),
    db
      .select({
        id: users.id,
        fullName: users.fullName,
        roles: users.roles,
        disabledAt: users.disabledAt,
        // Each officer's open dossiers, to offer the least loaded specialist first (dossiers_assignee_idx).
        openDossiers: db.$count(dossiers, and(eq(dossiers.assignedOfficerId, users.id), inArray(dossiers.status, OPEN_ASSIGNED))),
      })
      .from(users)
      .where(and(eq(users.kind, "officer"), eq(users.unitId, viewer.unitId))),
  ]);
  const specialists = officers
    .filter((o) => o.roles.includes("chuyen-vien") && o.disabledAt === null)
    .sort((a, b) => a.openDossiers - b.openDossiers || a.fullName.localeCompare(b.fullName, "vi"));
  const status = isDossierStatus(dossier.status) ? dossier.status : STATUS.NEW;
  const open = !FINAL_STATUSES.includes(status) && status !== STATUS.PROCESSED;
  const clockEnd = dossier.completedAt ?? dossier.clockPausedAt ?? now;
  const started = dossier.receivedAt;
  const usedHours = started ? Math.max(0, workingHoursBetween(started, clockEnd, calendar) - dossier.pausedWorkingHours) : 0;
  const leftHours = open
    ? now < dossier.dueAt
      ? workingHoursBetween(now, dossier.dueAt, calendar)
      : -workingHoursBetween(dossier.dueAt, now, calendar)
    : null;
  const appointmentAt = currentAppointment(dossier.dueAt, apologiesFromHistory(history));
  const state: WorkflowState = {
    status,
    stage: dossier.processingStage,
    supplementRequestedBefore: dossier.supplementRequestedAt !== null,
    withdrawalRequested: dossier.withdrawalRequestedAt !== null,
    hasResultDraft: documents.some((f) => f.purpose === "result-draft"),
    overdue: isOverdue({ ...dossier, status, newAppointment: appointmentAt }, now),
    fullyOnline: content.mode === "toan-trinh",
    hasResultDocument: true,
    handoverRecorded: true,
  };
  const actor = { kind: "officer", roles: viewer.roles } as const;
  // Uploading the draft is the specialist's next step when proposing waits only for it.
  const mayProposeWithUpload = decide({ ...state, hasResultDraft: true }, "propose", actor).ok;
  return {
    dossier,
    content,
    unitName: row.unitName,
    documents,
    history,
    fees,
    specialists: specialists.map(({ id, fullName }) => ({ id, fullName })),
    // The least loaded specialist, other than the one already holding the dossier.
    defaultAssigneeId: (specialists.find((s) => s.id !== dossier.assignedOfficerId) ?? specialists[0])?.id ?? null,
    officerNames: new Map(officers.map((o) => [o.id, o.fullName])),
    mayProposeWithUpload,
    uploadIsNext: mayProposeWithUpload && !state.hasResultDraft,
    clock: { dueAt: dossier.dueAt, appointmentAt, usedHours, leftHours, pausedHours: dossier.pausedWorkingHours, pausedSince: dossier.clockPausedAt },
    // Guards needing input (result document, handover) are checked again when the action is sent.
    actions: availableActions(state, actor),
  };
}

/** Which units opened a citizen's dossier and when (for /ho-so/[code]); the owner only. */
export async function listDossierAccess(db: DatabaseOrTransaction, dossierId: string) {
  return db
    .select({ unitName: units.name, at: dossierAccessLog.at })
    .from(dossierAccessLog)
    .innerJoin(units, eq(units.id, dossierAccessLog.unitId))
    .where(eq(dossierAccessLog.dossierId, dossierId))
    .orderBy(desc(dossierAccessLog.at))
    .limit(100);
}
