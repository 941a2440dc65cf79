import { availableActions, type CitizenAction, type WorkflowState } from "./status-machine";
import { STATUS } from "./statuses";

/** What the citizen's dossier page needs to know to offer the citizen's actions. */
export interface CitizenDossierFacts {
  status: number;
  withdrawalRequested: boolean;
  rated: boolean;
}

export interface CitizenOptions {
  /** Workflow actions the status machine allows the citizen now (supplement, withdraw, request-withdrawal). */
  actions: CitizenAction[];
  /** The dossier waits for a fee. */
  pay: boolean;
  /** The result was returned and not yet rated. */
  rate: boolean;
}

/** Rating is open once the result was returned (docs/domain.md#rating); rate-dossier.ts enforces it. */
export function mayRate(status: number): boolean {
  return status === STATUS.RETURNED;
}

/**
 * The citizen's options on their dossier, asked of the status machine rather than decided from status
 * numbers on the page. The citizen's guards only look at the status and a pending withdrawal request;
 * the other facts of the state do not change what a citizen may do.
 */
export function citizenOptions(dossier: CitizenDossierFacts): CitizenOptions {
  const state: WorkflowState = {
    status: dossier.status as WorkflowState["status"],
    stage: "none",
    supplementRequestedBefore: false,
    withdrawalRequested: dossier.withdrawalRequested,
    hasResultDraft: false,
    overdue: false,
    fullyOnline: false,
    hasResultDocument: false,
    handoverRecorded: false,
  };
  return {
    actions: availableActions(state, { kind: "citizen" }) as CitizenAction[],
    pay: dossier.status === STATUS.PAYMENT_REQUESTED,
    rate: mayRate(dossier.status) && !dossier.rated,
  };
}
