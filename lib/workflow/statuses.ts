import { statusNames } from "@/lib/messages/tracking";

/** Dossier statuses (DOMAIN §5, the national portal's sync standard). */
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
export const ALL_STATUSES: readonly DossierStatus[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** DOMAIN §5 names, from the messages module (UI strings live there). */
export const STATUS_NAMES: Record<DossierStatus, string> = statusNames;

/** Closed: no action changes the status any more (results, refusals, stops, withdrawals). */
export const FINAL_STATUSES: readonly DossierStatus[] = [3, 7, 8, 10];

/** Ended without a result (DOMAIN §5, counted apart): refused, withdrawn, stopped. */
export const CLOSED_WITHOUT_RESULT: readonly DossierStatus[] = [STATUS.REFUSED, STATUS.WITHDRAWN, STATUS.STOPPED];

export function isDossierStatus(value: number): value is DossierStatus {
  return Number.isInteger(value) && value >= 1 && value <= 10;
}
