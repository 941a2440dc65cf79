/**
 * The dossier vocabulary every page, query, CSV and PDF uses: status codes, channel codes, which
 * statuses are open or closed, and when a dossier is overdue (docs/domain.md#statuses). Pure: no
 * database, no words — the names shown to people are catalog messages (messages/{vi,en}/tracking.json).
 */

/** Dossier status codes of the national portal's sync standard (docs/domain.md#statuses). */
export const STATUS = {
  NEW: 1,
  RECEIVED: 2,
  REFUSED: 3,
  PROCESSING: 4,
  SUPPLEMENT_REQUESTED: 5,
  PAYMENT_REQUESTED: 6,
  WITHDRAWN: 7,
  STOPPED: 8,
  PROCESSED: 9,
  RETURNED: 10,
} as const;

export type DossierStatus = (typeof STATUS)[keyof typeof STATUS];
export const ALL_STATUSES: readonly DossierStatus[] = Object.values(STATUS);

/** Received and still being handled, before any result: held to the appointment (the due date or an apology's new date). */
export const OPEN_STATUSES: readonly DossierStatus[] = [STATUS.RECEIVED, STATUS.PROCESSING, STATUS.SUPPLEMENT_REQUESTED, STATUS.PAYMENT_REQUESTED];

/** Closed: no action changes the status any more (results, refusals, stops, withdrawals). */
export const FINAL_STATUSES: readonly DossierStatus[] = [STATUS.REFUSED, STATUS.WITHDRAWN, STATUS.STOPPED, STATUS.RETURNED];

/** Closed without a result (counted apart by the statistics). */
export const CLOSED_WITHOUT_RESULT: readonly DossierStatus[] = [STATUS.REFUSED, STATUS.WITHDRAWN, STATUS.STOPPED];

export function isDossierStatus(value: number): value is DossierStatus {
  return Number.isInteger(value) && value >= STATUS.NEW && value <= STATUS.RETURNED;
}

export function isOpenStatus(status: number): boolean {
  return (OPEN_STATUSES as readonly number[]).includes(status);
}

/** How a dossier reached the unit (docs/domain.md#channels). */
export const CHANNEL = { IN_PERSON: 1, ONLINE: 2, POSTAL: 3 } as const;
export type DossierChannel = (typeof CHANNEL)[keyof typeof CHANNEL];
export const ALL_CHANNELS: readonly DossierChannel[] = Object.values(CHANNEL);

export function isDossierChannel(value: number): value is DossierChannel {
  return (ALL_CHANNELS as readonly number[]).includes(value);
}

/** What deciding whether a dossier is late needs. */
export interface DeadlineFacts {
  status: number;
  /** The 8-working-hour limit for receiving a new online dossier. */
  receiptDeadline: Date;
  /** The legal due date. */
  dueAt: Date;
  /** The appointment an apology set, when one did (else the due date holds). */
  newAppointment?: Date | null;
}

/**
 * The deadline a dossier is held to now (docs/domain.md#overdue): the receipt deadline while it waits
 * to be received, the appointment while it is open, none once it has a result or is closed.
 */
export function currentDeadline(dossier: DeadlineFacts): Date | null {
  if (dossier.status === STATUS.NEW) return dossier.receiptDeadline;
  if (isOpenStatus(dossier.status)) return dossier.newAppointment ?? dossier.dueAt;
  return null;
}

/** Whether the dossier's current deadline has passed at `now`. */
export function isOverdue(dossier: DeadlineFacts, now: Date): boolean {
  const deadline = currentDeadline(dossier);
  return deadline !== null && now.getTime() > deadline.getTime();
}
