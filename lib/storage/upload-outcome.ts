/**
 * The `?tai-len=` values a processing-file upload answers with (lib/storage/receive-dossier-upload.ts) and
 * their messages in the `uploads` catalog (outcomes.*). Unknown values show nothing.
 */
const OUTCOME_KEYS = {
  ok: "ok",
  empty: "empty",
  too_large: "tooLarge",
  bad_type: "badType",
  not_now: "notNow",
  proposed: "proposed",
  not_proposed: "notProposed",
} as const;

export type UploadOutcomeKey = (typeof OUTCOME_KEYS)[keyof typeof OUTCOME_KEYS];

export function uploadOutcomeKey(value: string | string[] | undefined): UploadOutcomeKey | null {
  const one = Array.isArray(value) ? value[0] : value;
  return one !== undefined && Object.hasOwn(OUTCOME_KEYS, one) ? OUTCOME_KEYS[one as keyof typeof OUTCOME_KEYS] : null;
}
