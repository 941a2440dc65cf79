import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

// Every handler is called with a signed-in user, so only the origin check can stop it.
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => ({ id: "00000000-0000-4000-8000-000000000001", kind: "citizen", roles: [], unitId: null }),
}));
vi.mock("@/db/client", () => ({
  getDb: async () => {
    throw new Error("the database was reached: the origin check did not stop the request");
  },
}));

/** Route handlers that change data without a session cookie's authority, and why they need no origin check. */
const NOT_COOKIE_AUTHENTICATED: Record<string, string> = {
  "app/api/v1/payments/callback/route.ts": "anonymous server-to-server call, authenticated by its signature",
  "app/api/auth/[...nextauth]/route.ts": "Auth.js checks its own double-submit CSRF token",
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === "route.ts" ? [full] : [];
  });
}

const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;
const root = path.resolve(import.meta.dirname, "../..");
const mutatingRoutes = routeFiles(path.join(root, "app"))
  .map((file) => path.relative(root, file))
  .flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    return MUTATING.filter((method) => new RegExp(`export (async function|const) ${method}\\b`).test(source)).map((method) => ({ file, method }));
  })
  .filter(({ file }) => !(file in NOT_COOKIE_AUTHENTICATED));

describe("every cookie-authenticated mutating route handler under app/", () => {
  it("is found (the list is not empty by mistake)", () => {
    expect(mutatingRoutes.map((r) => `${r.method} ${r.file}`)).toEqual(
      expect.arrayContaining([
        "POST app/api/v1/dossiers/route.ts",
        "PUT app/api/v1/drafts/[id]/files/route.ts",
        "POST app/[locale]/ho-so/[code]/tai-len/route.ts",
      ]),
    );
  });

  it.each(mutatingRoutes)("$method $file refuses a same-site post from another origin with 403", async ({ file, method }) => {
    const route = (await import(/* @vite-ignore */ path.join(root, file))) as Record<
      string,
      (request: Request, context: unknown) => Promise<Response>
    >;
    const params = Promise.resolve({ locale: "vi", id: "00000000-0000-4000-8000-000000000002", code: "000.01.22.H47-261201-0001" });
    for (const headers of [{ origin: "http://127.0.0.1:9999" }, { "sec-fetch-site": "same-site" }, { origin: "null" }] as Record<string, string>[]) {
      const request = new Request("http://127.0.0.1:3000/x", {
        method,
        body: "{}",
        headers: { host: "127.0.0.1:3000", "content-type": "multipart/form-data; boundary=x", ...headers },
      });
      const response = await route[method]!(request, { params });
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
  });
});
