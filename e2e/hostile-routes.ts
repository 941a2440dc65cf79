import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The routes of the portal, read from app/ on every run: pages (page.tsx) and route handlers (route.ts
 * with the HTTP methods they export). A route added tomorrow is fuzzed tomorrow without touching the suite.
 */

export type Segment = { kind: "static"; value: string } | { kind: "dynamic"; name: string } | { kind: "catch-all"; name: string };

export interface AppRoute {
  /** `/ho-so/[code]/tep/[fileId]` */
  pattern: string;
  kind: "page" | "handler";
  file: string;
  segments: Segment[];
  /** GET for pages; the exported methods for route handlers. */
  methods: string[];
  /** Query keys the route's source reads (searchParams.x, params.get("x"), query["x"], ...). */
  queryKeys: string[];
}

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s+const\s+([A-Z]+)\s*=/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=/g))
    for (const name of m[1]!.split(","))
      found.add(
        name
          .trim()
          .split(/\s*:\s*/)
          .pop()!,
      );
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
    for (const name of m[1]!.split(","))
      found.add(
        name
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      );
  return HTTP_METHODS.filter((method) => found.has(method));
}

/** Query keys a source file reads, found by their usual spellings; the crawl adds keys seen in links. */
function readQueryKeys(source: string): string[] {
  const keys = new Set<string>();
  const patterns = [
    /(?:searchParams|search|query|params|sp)\)?\s*(?:\.|\?\.)\s*get(?:All)?\(\s*["']([\w-]+)["']/g,
    /(?:search|query|params|searchParams|\(await searchParams\))\s*\[\s*["']([\w-]+)["']\s*\]/g,
    /(?:search|query|params|\(await searchParams\))\s*\.\s*([a-zA-Z_]\w*)\b(?!\s*\()/g,
    /const\s*\{([^}]*)\}\s*=\s*await\s+searchParams/g,
  ];
  for (const pattern of patterns) {
    for (const m of source.matchAll(pattern)) {
      for (const part of m[1]!.split(",")) {
        const key = part
          .trim()
          .split(":")[0]!
          .trim()
          .replace(/^["']|["']$/g, "");
        if (/^[\w-]+$/.test(key) && !["then", "length"].includes(key)) keys.add(key);
      }
    }
  }
  return [...keys];
}

function segmentOf(dir: string): Segment | null {
  if (/^\(.*\)$/.test(dir)) return null;
  const catchAll = /^\[\[?\.\.\.(\w+)\]?\]$/.exec(dir);
  if (catchAll) return { kind: "catch-all", name: catchAll[1]! };
  const dynamic = /^\[(\w+)\]$/.exec(dir);
  if (dynamic) return { kind: "dynamic", name: dynamic[1]! };
  return { kind: "static", value: dir };
}

export function patternOf(segments: Segment[]): string {
  return "/" + segments.map((s) => (s.kind === "static" ? s.value : s.kind === "dynamic" ? `[${s.name}]` : `[...${s.name}]`)).join("/");
}

export function enumerateRoutes(appDir = path.resolve("app")): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string, segments: Segment[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // Private folders and parallel-route slots are not URL segments of their own.
        if (entry.name.startsWith("_") || entry.name.startsWith("@")) continue;
        const segment = segmentOf(entry.name);
        walk(full, segment ? [...segments, segment] : segments);
        continue;
      }
      const page = /^page\.(tsx|ts|jsx|js)$/.test(entry.name);
      const handler = /^route\.(ts|js)$/.test(entry.name);
      if (!page && !handler) continue;
      const source = readFileSync(full, "utf8");
      routes.push({
        pattern: patternOf(segments),
        kind: page ? "page" : "handler",
        file: path.relative(process.cwd(), full),
        segments,
        methods: page ? ["GET"] : exportedMethods(source),
        queryKeys: readQueryKeys(source),
      });
    }
  };
  walk(appDir, []);
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Matches a path against a route pattern; the raw (still encoded) value of each dynamic segment. */
export function matchRoute(route: AppRoute, pathname: string): Record<string, string> | null {
  const parts = pathname.split("/").slice(1);
  if (pathname === "/") parts.length = 0;
  const values: Record<string, string> = {};
  for (let i = 0; i < route.segments.length; i++) {
    const segment = route.segments[i]!;
    const part = parts[i];
    if (part === undefined || part === "") return null;
    if (segment.kind === "static" && segment.value !== part) return null;
    if (segment.kind === "dynamic") values[segment.name] = part;
    if (segment.kind === "catch-all") {
      values[segment.name] = parts.slice(i).join("/");
      return values;
    }
  }
  return parts.length === route.segments.length ? values : null;
}

export function buildPath(route: AppRoute, values: Record<string, string>): string {
  if (!route.segments.length) return "/";
  return "/" + route.segments.map((s) => (s.kind === "static" ? s.value : (values[s.name] ?? "x"))).join("/");
}

/** Route segments: every bad spelling the review met, and then some. Inserted into the path as they are. */
export const BAD_SEGMENTS = ["%", "%25", "%00", "%E0%A4%A", "%C0%AF", "-".repeat(36), "abc", "__proto__", "99999999999999999999", "x".repeat(3000)];

/** Query values (already encoded). */
export const BAD_QUERY_VALUES = ["%00", "abc", "%", "%E0%A4%A", "-1", "99999999999999999999", "9999-99-99", "__proto__", "x".repeat(5000)];

/** Values for one form field at a time (FormData strings). */
export const BAD_FIELD_VALUES = ["a\0b", "abc", "-1", "99999999999999999999", "9999-99-99", "__proto__", "-".repeat(36), "x".repeat(100_000)];

/** Bodies for route handlers: [content type, body]. */
export function badBodies(): [string | undefined, string | Buffer][] {
  const boundary = "----hostile";
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const filePart = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`;
  return [
    ["application/json", "{"],
    ["application/json", "[1,2]"],
    ["application/json", "null"],
    ["application/json", '"\\u0000"'],
    ["application/json", JSON.stringify({ serviceCode: "\0", receivingUnitCode: "\0", formData: { "\0": "\0" }, applicant: { fullName: "a\0b" } })],
    [
      "application/json",
      JSON.stringify({ serviceCode: ["1.000308"], formData: [1, 2], applicant: "x", paymentId: "-".repeat(36), amount: -1, succeeded: "yes" }),
    ],
    [
      "application/json",
      JSON.stringify({ serviceCode: "1.000308", formData: { householdHead: "a\0b", memberCount: 1e309, monthlyIncomePerCapita: -1 } }),
    ],
    ["application/json", `{"a":${"[".repeat(5000)}${"]".repeat(5000)}}`],
    ["text/plain", "\0\0\0"],
    ["application/x-www-form-urlencoded", "a[]=1&a[]=2&slot=%00&code=%E0%A4%A"],
    ["application/xml", "<a/>"],
    [undefined, ""],
    [`multipart/form-data; boundary=${boundary}`, part("slot", "0") + filePart],
    [`multipart/form-data; boundary=${boundary}`, part("slot", "\0") + `--${boundary}\r\nContent-Disposition: form-data; name="file"\r\n`],
    [`multipart/form-data; boundary=${boundary}`, `--${boundary}\r\nbroken header\r\n\r\nx\r\n--${boundary}--\r\n`],
    ["multipart/form-data", "no boundary"],
    [`multipart/form-data; boundary=${boundary}`, part("slot", "extra") + filePart + "x".repeat(1000) + `\r\n--${boundary}--\r\n`],
    ["application/json", Buffer.alloc(3 * 1024 * 1024, 0x20)],
  ];
}
