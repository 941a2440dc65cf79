import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => ({ id: "00000000-0000-4000-8000-000000000001", kind: "citizen", roles: [], unitId: null }),
}));
vi.mock("@/db/client", () => ({
  getDb: async () => {
    throw new Error("the database was reached before the body was refused");
  },
}));
// Auth.js itself reads the whole body (its form); the stand-in does the same, so only the route's wrapper can stop it.
vi.mock("@/auth", () => ({
  handlers: {
    GET: async () => new Response("ok"),
    POST: async (request: Request) => new Response(`read ${(await request.arrayBuffer()).byteLength} bytes`),
  },
}));

const STREAMED_BYTES = 64 * 1024 * 1024;

/** A 64 MB body in 64 KB chunks, counting how much of it the handler pulled. */
function largeBody() {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= STREAMED_BYTES) return controller.close();
      counter.pulled += 64 * 1024;
      controller.enqueue(new Uint8Array(64 * 1024));
    },
  });
  return { stream, counter };
}

const ROUTES = [
  {
    name: "POST /api/v1/payments/callback (anonymous)",
    load: () => import("@/app/api/v1/payments/callback/route"),
    url: "http://127.0.0.1:3000/api/v1/payments/callback",
    type: "application/json",
  },
  {
    name: "POST /api/auth/callback/credentials (anonymous)",
    load: () => import("@/app/api/auth/[...nextauth]/route"),
    url: "http://127.0.0.1:3000/api/auth/callback/credentials",
    type: "application/x-www-form-urlencoded",
  },
  {
    name: "POST /api/v1/dossiers (signed in)",
    load: () => import("@/app/api/v1/dossiers/route"),
    url: "http://127.0.0.1:3000/api/v1/dossiers",
    type: "application/json",
  },
];

describe("route handlers that read a body", () => {
  it.each(ROUTES)("$name stops reading a streamed body past its limit and answers 413", async ({ load, url, type }) => {
    const { POST } = (await load()) as unknown as { POST: (request: Request) => Promise<Response> };
    for (const length of [undefined, String(2 * 1024 * 1024 * 1024)]) {
      const { stream, counter } = largeBody();
      const headers: Record<string, string> = { "content-type": type, host: "127.0.0.1:3000" };
      if (length) headers["content-length"] = length;
      const { NextRequest } = await import("next/server");
      const request = new NextRequest(new Request(url, { method: "POST", body: stream, headers, duplex: "half" } as RequestInit));
      const response = await POST(request);
      expect(response.status).toBe(413);
      expect(counter.pulled).toBeLessThan(1024 * 1024);
    }
  });
});
