import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database, DatabaseOrTransaction } from "@/db/client";
import { dossierHistory, dossiers, files, payments, serviceVersions, users } from "@/db/schema";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import { resumeClock } from "@/lib/calendar/clock";
import { computeDueDate } from "@/lib/calendar/due-date";
import { statusName } from "@/lib/tracking/status-names";
import { translatorFor } from "@/lib/i18n/translator";
import { cancelWaitingFees } from "@/lib/payments/cancel-waiting-fees";
import { uniqueViolation } from "@/lib/accounts/unique-violation";
import { notifyStatusChange } from "@/lib/notifications/notify-status-change";
import { historyVisibility, noteForApplicant } from "./history-visibility";
import { newAppointmentRefusal } from "./new-appointment";
import { currentAppointment, listApologies } from "./current-appointment";
import { decide, type Actor, type WorkflowAction, type WorkflowState } from "./status-machine";
import { CLOSED_WITHOUT_RESULT, isDossierStatus, isOverdue, type DossierStatus } from "./statuses";
import { CONFLICT, DOSSIER_NOT_FOUND, WorkflowError } from "./workflow-error";
import { workflowNow } from "@/lib/calendar/workflow-now";

export type ActingUser =
  | { kind: "officer"; id: string; name: string; unitId: number; roles: readonly string[] }
  | { kind: "citizen"; id: string; name: string }
  | { kind: "system"; name: string };

export interface ActionRequest {
  dossierId: string;
  /** The version the user saw: the action applies only if nobody changed the dossier since. */
  expectedVersion: number;
  action: WorkflowAction;
  note?: string;
  /** request-payment */
  amount?: number;
  feeItems?: { name: string; amount: number }[];
  /** assign */
  assigneeId?: string;
  /** mark-processed */
  result?: { number: string; signer: string; signedOn: string; fileId: string };
  /** return-result of a partial service: the handover at the counter happens now */
  handover?: boolean;
  /** record-apology */
  newAppointment?: Date;
  /** cancel-payment, refund-payment: the fee concerned (recorded in the history). */
  paymentId?: string;
  /** What the owner's notification says, when more than the note. */
  notice?: string;
  /** Files attached to this step (supplementation answers, result drafts). */
  fileIds?: string[];
  now?: Date;
}

export interface ActionResult {
  status: DossierStatus;
  version: number;
  dueAt: Date;
}

/**
 * Takes one workflow action on a dossier in one transaction: rights (role and unit, or ownership),
 * the status machine, optimistic locking on the version, the clock, the history row and the owner's
 * notification.
 */
export async function applyDossierAction(db: DatabaseOrTransaction, user: ActingUser, request: ActionRequest): Promise<ActionResult> {
  const now = request.now ?? workflowNow();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ dossier: dossiers, content: serviceVersions.content })
      .from(dossiers)
      .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, dossiers.serviceId), eq(serviceVersions.version, dossiers.serviceVersion)))
      .where(eq(dossiers.id, request.dossierId))
      .for("update", { of: dossiers });
    if (!row) throw new WorkflowError("not-found", DOSSIER_NOT_FOUND);
    const { dossier, content } = row;
    if (user.kind === "officer" && dossier.unitId !== user.unitId) throw new WorkflowError("not-found", DOSSIER_NOT_FOUND);
    if (user.kind === "citizen" && dossier.userId !== user.id) throw new WorkflowError("not-found", DOSSIER_NOT_FOUND);
    if (dossier.version !== request.expectedVersion) throw new WorkflowError("conflict", CONFLICT);
    if (!isDossierStatus(dossier.status)) throw new Error(`Dossier ${dossier.code} has an unknown status ${dossier.status}`);

    const [draft] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(files)
      .where(and(eq(files.dossierId, dossier.id), eq(files.purpose, "result-draft")));
    const result = request.action === "mark-processed" ? request.result : undefined;
    // An apology is owed once per late period: past the due date, or past the date the last apology set.
    const appointmentAt =
      request.action === "record-apology" ? currentAppointment(dossier.dueAt, await listApologies(tx, dossier.id)) : dossier.dueAt;
    const state: WorkflowState = {
      status: dossier.status,
      stage: dossier.processingStage,
      supplementRequestedBefore: dossier.supplementRequestedAt !== null,
      withdrawalRequested: dossier.withdrawalRequestedAt !== null,
      hasResultDraft: (draft?.n ?? 0) > 0 || (request.action === "propose" && (request.fileIds?.length ?? 0) > 0),
      overdue: isOverdue({ ...dossier, newAppointment: appointmentAt }, now),
      fullyOnline: content.mode === "toan-trinh",
      hasResultDocument: Boolean(result?.number.trim() && result.signer.trim() && result.signedOn && result.fileId),
      handoverRecorded: dossier.handoverRecordedAt !== null || request.handover === true,
    };
    const actor: Actor = user.kind === "officer" ? { kind: "officer", roles: user.roles } : { kind: user.kind };
    const decision = decide(state, request.action, actor, { note: request.note, amount: request.amount });
    if (!decision.ok) throw new WorkflowError("refused", decision.message);
    if (request.action === "record-apology") {
      const refusal = newAppointmentRefusal(request.newAppointment, now, await loadCalendar(tx));
      if (refusal) throw new WorkflowError("invalid", refusal, "newAppointment");
    }
    const next = decision.next;

    const changes: Partial<typeof dossiers.$inferInsert> = {
      status: next.status,
      processingStage: next.stage,
      version: dossier.version + 1,
      updatedAt: now,
    };
    let dueAt = dossier.dueAt;
    if (next.clock === "run") {
      const calendar = await loadCalendar(tx);
      dueAt = computeDueDate({ receivedAt: now, timeLimit: { value: content.timeLimitValue, unit: content.timeLimitUnit }, calendar });
      Object.assign(changes, { receivedAt: now, dueAt });
    } else if (next.clock === "pause") {
      Object.assign(changes, { clockPausedAt: now, supplementRequestedAt: now });
    } else if (next.clock === "resume" && dossier.clockPausedAt) {
      const calendar = await loadCalendar(tx);
      const resumed = resumeClock(
        {
          startedAt: dossier.receivedAt ?? dossier.submittedAt,
          dueAt: dossier.dueAt,
          pausedAt: dossier.clockPausedAt,
          pausedWorkingHours: dossier.pausedWorkingHours,
        },
        now,
        calendar,
      );
      dueAt = resumed.dueAt;
      Object.assign(changes, { clockPausedAt: null, dueAt, pausedWorkingHours: resumed.pausedWorkingHours });
    } else if (next.clock === "stop") {
      Object.assign(changes, { completedAt: now });
    }
    if (request.action === "request-withdrawal") changes.withdrawalRequestedAt = now;
    if (request.action === "return-result" && request.handover) changes.handoverRecordedAt = now;
    const assignee = request.action === "assign" ? await checkAssignee(tx, user, request.assigneeId, dossier.unitId) : null;
    if (assignee) changes.assignedOfficerId = assignee.id;
    if (result)
      Object.assign(changes, {
        resultNumber: result.number.trim(),
        resultSigner: result.signer.trim(),
        resultSignedOn: result.signedOn,
        resultFileId: result.fileId,
      });
    if (request.fileIds?.length && user.kind !== "system") {
      await tx
        .update(files)
        .set({ dossierId: dossier.id })
        .where(and(inArray(files.id, request.fileIds), isNull(files.dossierId), eq(files.ownerUserId, user.id)));
    }
    if (request.action === "request-payment") {
      await tx
        .insert(payments)
        .values({
          dossierId: dossier.id,
          amount: request.amount ?? 0,
          items: request.feeItems ?? [{ name: "Phí, lệ phí", amount: request.amount ?? 0 }],
          provider: "pending",
          requestedBy: user.kind === "officer" ? user.id : null,
        })
        .catch((error: unknown) => {
          // The status machine already refuses a fee while one waits (status 6); the database's index is
          // the last word should a waiting fee sit on a dossier whose status says otherwise.
          if (uniqueViolation(error) === "payments_one_waiting_per_dossier")
            throw new WorkflowError("refused", { namespace: "fees", key: "alreadyWaiting" });
          throw error;
        });
    }
    // Ending without a result (refused, withdrawn, stopped) cancels a fee still waiting.
    const closing = next.status !== dossier.status && CLOSED_WITHOUT_RESULT.includes(next.status);
    const cancelledPaymentIds =
      request.action === "cancel-payment" || closing
        ? await cancelWaitingFees(tx, dossier.id, {
            reason: request.action === "cancel-payment" ? (request.note ?? "") : autoCancelReason(statusName(next.status, "vi"), request.note),
            by: user.kind === "officer" ? user.id : null,
            now,
          })
        : [];

    const updated = await tx
      .update(dossiers)
      .set(changes)
      .where(and(eq(dossiers.id, dossier.id), eq(dossiers.version, dossier.version)))
      .returning({ version: dossiers.version });
    if (updated.length !== 1) throw new WorkflowError("conflict", CONFLICT);

    await tx.insert(dossierHistory).values({
      dossierId: dossier.id,
      at: now,
      actorUserId: user.kind === "system" ? null : user.id,
      actorKind: user.kind,
      actorName: user.name,
      action: request.action,
      fromStatus: dossier.status,
      toStatus: next.status,
      note: request.note?.trim() ?? "",
      visibility: historyVisibility({ action: request.action, firstAssignment: dossier.assignedOfficerId === null }),
      data: {
        ...(request.amount !== undefined ? { amount: request.amount } : {}),
        ...(request.fileIds?.length ? { fileIds: request.fileIds } : {}),
        ...(result ? { result } : {}),
        ...(request.newAppointment ? { newAppointment: request.newAppointment.toISOString() } : {}),
        // The name as it was, so the history line says who was assigned even after a rename.
        ...(assignee ? { assigneeId: assignee.id, assigneeName: assignee.fullName } : {}),
        ...(request.paymentId ? { paymentId: request.paymentId } : {}),
        ...(cancelledPaymentIds.length ? { cancelledPaymentIds } : {}),
        stage: next.stage,
      },
    });
    // The owner hears of every status change, and of any step that has a notice of its own (an apology
    // tells the new date, which Mẫu 04 holds too; a refund names the amount). An officer's working note
    // (at receipt, assignment, the result) is not theirs to read: only a step's reason or request is.
    const apology =
      request.action === "record-apology" && request.newAppointment
        ? { reason: request.note ?? "", newAppointment: request.newAppointment }
        : undefined;
    if (next.status !== dossier.status || apology || request.notice !== undefined) {
      await notifyStatusChange(tx, {
        dossierId: dossier.id,
        toStatus: next.status,
        note: request.notice ?? noteForApplicant(request.action, request.note),
        apology,
        at: now,
      });
    }
    return { status: next.status, version: dossier.version + 1, dueAt };
  });
}

async function checkAssignee(
  tx: Parameters<Parameters<Database["transaction"]>[0]>[0],
  user: ActingUser,
  assigneeId: string | undefined,
  unitId: number,
): Promise<{ id: string; fullName: string }> {
  if (!assigneeId) throw new WorkflowError("invalid", { key: "assigneeRequired" });
  const [assignee] = await tx
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .where(and(eq(users.id, assigneeId), eq(users.kind, "officer"), eq(users.unitId, unitId), sql`'chuyen-vien' = any(${users.roles})`));
  if (!assignee || user.kind !== "officer") throw new WorkflowError("invalid", { key: "assigneeNotInUnit" });
  return assignee;
}

/** Why a waiting fee was cancelled when its dossier closed: the officers' record, in Vietnamese (docs/i18n.md). */
function autoCancelReason(status: string, note: string | undefined): string {
  const t = translatorFor("vi", "fees");
  return note?.trim() ? t("autoCancelReasonNote", { status, note: note.trim() }) : t("autoCancelReason", { status });
}
