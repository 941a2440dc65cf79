import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { dossiers } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createDraft } from "@/lib/dossiers/create-draft";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { AN_MY, BIRTH_REGISTRATION, birthForm, insertCitizen, sessionUser } from "./submission-helpers";
import { setupAppTestDatabase } from "./test-database";

// The routes take the signed-in user from the session; here, from this variable.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error("redirect to sign-in");
    return session.user;
  },
}));

const { POST: postDossier } = await import("@/app/api/v1/dossiers/route");
const filesRoute = await import("@/app/api/v1/drafts/[id]/files/route");

let db: Database;
let storageDir: string;
setupAppTestDatabase((handle) => (db = handle.db));

function jsonRequest(body: unknown, key?: string) {
  return new Request("http://localhost/api/v1/dossiers", {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { "idempotency-key": key } : {}) },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(os.tmpdir(), "uploads-api-"));
  process.env.STORAGE_DIR = storageDir;
});
afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

describe("POST /api/v1/dossiers", () => {
  const body = { serviceCode: BIRTH_REGISTRATION, receivingUnitCode: AN_MY, formData: birthForm };

  it("answers 401 without a session", async () => {
    session.user = null;
    expect((await postDossier(jsonRequest(body))).status).toBe(401);
  });

  it("creates with 201, returns the same dossier with 200 on a retry", async () => {
    session.user = sessionUser(await insertCitizen(db));
    const key = randomUUID();
    const first = await postDossier(jsonRequest(body, key));
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created.code).toMatch(/^000\.01\.22\.H47-\d{6}-0001$/);
    expect(created.receiptSlipUrl).toBe(`/ho-so/${encodeURIComponent(created.code)}/phieu-tiep-nhan`);
    const again = await postDossier(jsonRequest(body, key));
    expect(again.status).toBe(200);
    expect((await again.json()).code).toBe(created.code);
  });

  it("answers 400 for a bad key, bad JSON and bad fields", async () => {
    session.user = sessionUser(await insertCitizen(db));
    expect((await postDossier(jsonRequest(body, "abc"))).status).toBe(400);
    const broken = new Request("http://localhost/api/v1/dossiers", { method: "POST", body: "{", headers: { "content-type": "application/json" } });
    expect((await postDossier(broken)).status).toBe(400);
    const bad = await postDossier(jsonRequest({ ...body, formData: { ...birthForm, childFullName: "" } }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "invalid_input", fields: { "formData.childFullName": "Vui lòng nhập thông tin này." } });
  });
  it("marks the dossier with the optional locale and answers its field errors in that language", async () => {
    session.user = sessionUser(await insertCitizen(db));
    const bad = await postDossier(jsonRequest({ ...body, locale: "en", formData: { ...birthForm, childFullName: "" } }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      message: "The application data is not valid.",
      fields: { "formData.childFullName": "Enter this information." },
    });
    const created = await postDossier(jsonRequest({ ...body, locale: "en" }));
    expect(created.status).toBe(201);
    const { code } = (await created.json()) as { code: string };
    const [row] = await db.select({ locale: dossiers.locale }).from(dossiers).where(eq(dossiers.code, code));
    expect(row?.locale).toBe("en");
    expect((await postDossier(jsonRequest({ ...body, locale: "fr" }))).status).toBe(400);
  });

  it("refuses another origin (403), a body that is not JSON by type (415) and one over 256 KB (413), creating nothing", async () => {
    session.user = sessionUser(await insertCitizen(db));
    const text = JSON.stringify(body);
    const foreign = new Request("http://localhost/api/v1/dossiers", {
      method: "POST",
      body: text,
      headers: { "content-type": "application/json", origin: "http://localhost:4444" },
    });
    expect((await postDossier(foreign)).status).toBe(403);
    const sameSite = new Request("http://localhost/api/v1/dossiers", {
      method: "POST",
      body: text,
      headers: { "content-type": "application/json", "sec-fetch-site": "same-site" },
    });
    expect((await postDossier(sameSite)).status).toBe(403);
    const plain = new Request("http://localhost/api/v1/dossiers", { method: "POST", body: text, headers: { "content-type": "text/plain" } });
    expect((await postDossier(plain)).status).toBe(415);
    const huge = JSON.stringify({ ...body, formData: { ...birthForm, padding: "x".repeat(300 * 1024) } });
    const tooLarge = await postDossier(
      new Request("http://localhost/api/v1/dossiers", { method: "POST", body: huge, headers: { "content-type": "application/json" } }),
    );
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ error: "payload_too_large" });
    const own = await db.select().from(dossiers).where(eq(dossiers.userId, session.user!.id));
    expect(own).toHaveLength(0);
  });
});

describe("draft file routes", () => {
  it("refuse another user's draft (404), an .exe renamed .pdf (415), and redirect the no-JS form post with the outcome", async () => {
    const owner = await insertCitizen(db);
    const service = await getSubmissionService(db, { code: BIRTH_REGISTRATION });
    const draftId = await createDraft(db, owner, service!);
    const params = { params: Promise.resolve({ id: draftId }) };
    const put = (data: Buffer, name: string) =>
      filesRoute.PUT(
        new Request(`http://localhost/api/v1/drafts/${draftId}/files?slot=0`, {
          method: "PUT",
          headers: { "x-file-name": encodeURIComponent(name) },
          body: new Uint8Array(data),
        }),
        params,
      );

    session.user = sessionUser(await insertCitizen(db));
    expect((await put(Buffer.from("%PDF-1.4\n..."), "a.pdf")).status).toBe(404);

    session.user = sessionUser(owner);
    const exe = await put(Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00", "latin1"), "setup.pdf");
    expect(exe.status).toBe(415);
    const ok = await put(Buffer.from("%PDF-1.4\n%%EOF\n"), "Tờ khai.pdf");
    expect(ok.status).toBe(201);
    expect((await ok.json()).file).toMatchObject({ fileName: "Tờ khai.pdf", documentIndex: 0 });

    const form = new FormData();
    form.set("slot", "1");
    form.set("file", new Blob([new Uint8Array(Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"))]), "giay-chung-sinh.pdf");
    const posted = await filesRoute.POST(new Request(`http://localhost/api/v1/drafts/${draftId}/files`, { method: "POST", body: form }), params);
    expect(posted.status).toBe(303);
    expect(posted.headers.get("location")).toContain("ket-qua=bad_type");
    expect(posted.headers.get("location")).toContain("tep=1");

    const foreign = await filesRoute.POST(
      new Request(`http://localhost/api/v1/drafts/${draftId}/files`, { method: "POST", body: form, headers: { origin: "http://evil.example" } }),
      params,
    );
    expect(foreign.status).toBe(403);
  });
});
