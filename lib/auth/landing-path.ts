import { safeNextPath } from "./safe-next-path";

/**
 * Where a sign-in ends: the page asked for (`?next=`, a path on this site), or else the user's own home —
 * the back office for an officer, the account page for a citizen or a business. The one place that
 * decides the default destination; the sign-in page and the second-factor step both ask it.
 */
export function landingPath(kind: string, next?: unknown): string {
  return safeNextPath(next, kind === "officer" ? "/quan-tri" : "/tai-khoan");
}

/** The `?next=` to carry through the sign-in steps: a safe path, or nothing (the landing decides later). */
export function requestedNextPath(next: unknown): string {
  return safeNextPath(next, "");
}
