import { proportional, type ComponentScore } from "./components";

export interface PaymentFigures {
  /** Dossiers resolved in the period that paid a fee. */
  paidDossiers: number;
  /** Of them, paid through an online gateway. */
  paidOnline: number;
  /** The subject's published procedures that carry a fee. */
  feeServices: number;
  /** Of them, offered online (their fee is then paid through the portal's gateway). */
  feeServicesOnline: number;
  /** Of them, with at least one fee paid online in the period. */
  feeServicesPaidOnline: number;
}

/**
 * Online payment (10) = 6 × fee-bearing dossiers paid online / fee-bearing dossiers, + 2 × fee-bearing
 * procedures payable online / fee-bearing procedures, + 2 × fee-bearing procedures with an online
 * payment in the period / fee-bearing procedures (the two procedure-level parts, docs/service-index.md).
 */
export function scoreOnlinePayment(f: PaymentFigures): ComponentScore[] {
  return [
    proportional("paidOnline", { part: f.paidOnline, whole: f.paidDossiers }),
    proportional("feeServicesPayableOnline", { part: f.feeServicesOnline, whole: f.feeServices }),
    proportional("feeServicesPaidOnline", { part: f.feeServicesPaidOnline, whole: f.feeServices }),
  ];
}
