/** Longest path segment the portal has a use for (codes, UUIDs, slugs are far shorter). */
const MAX_SEGMENT_LENGTH = 200;

export type PathProblem = "malformed-encoding" | "nul" | "too-long";

/**
 * What is wrong with a request path as it arrived (still percent-encoded), or null. Next.js decodes
 * route params itself and answers a 500 when a segment is not valid UTF-8 percent-encoding (`%`,
 * `%E0%A4%A`, an overlong `%C0%AF`); a NUL reached the database or the page cache's file names; a
 * very long segment became a file name longer than the file system allows. Refused before routing.
 */
export function checkRequestPath(rawPathname: string): PathProblem | null {
  for (const segment of rawPathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "malformed-encoding";
    }
    if (decoded.includes("\0")) return "nul";
    if (decoded.length > MAX_SEGMENT_LENGTH) return "too-long";
  }
  return null;
}
