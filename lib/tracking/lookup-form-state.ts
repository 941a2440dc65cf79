import type { PublicDossierStatus } from "./lookup-dossier";

/** What the /tra-cuu form shows after a submission: the values typed, errors per field, a message or the result. */
export interface LookupFormState {
  values: { code: string; idNumber: string };
  fieldErrors?: { code?: string; idNumber?: string };
  message?: string;
  result?: PublicDossierStatus;
}
