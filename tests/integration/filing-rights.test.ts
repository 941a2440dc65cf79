import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { dossiers, services, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createDraft } from "@/lib/dossiers/create-draft";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { submitDossierDirectly } from "@/lib/dossiers/submit-dossier-directly";
import { AN_MY, BIRTH_REGISTRATION, birthForm, completeDraft, insertCitizen, sessionUser } from "./submission-helpers";
import { setupAppTestDatabase } from "./test-database";

// The route takes the signed-in user from the session; here, from this variable.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
}));
const { POST: postDossier } = await import("@/app/api/v1/dossiers/route");

let db: Database;
setupAppTestDatabase((handle) => (db = handle.db));

async function insertAccount(kind: "business" | "officer"): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  const [user] = await db
    .insert(users)
    .values({
      kind,
      email: `${kind}-${tag}@example.vn`,
      fullName: `Tài khoản ${tag}`,
      idNumber: kind === "business" ? `40${String(Date.now()).slice(-8)}` : null,
      phone: "0905123456",
      address: "12 Phan Bội Châu, Tam Kỳ",
      roles: kind === "officer" ? ["tiep-nhan"] : [],
    })
    .returning({ id: users.id });
  return user!.id;
}

async function serviceFor(audience: "doanh-nghiep" | "cong-dan") {
  const [row] = await db.select({ code: services.code }).from(services).where(eq(services.audience, audience)).limit(1);
  return row!.code;
}

function post(body: unknown) {
  return postDossier(
    new Request("http://localhost/api/v1/dossiers", {
      method: "POST",
      headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
      body: JSON.stringify(body),
    }),
  );
}

describe("who may file online", () => {
  const birth = { serviceCode: BIRTH_REGISTRATION, receivingUnitCode: AN_MY, formData: birthForm };

  it("the citizen API refuses an officer session with 403 and files nothing", async () => {
    const officer = await insertAccount("officer");
    session.user = sessionUser(officer, "officer");
    const response = await post(birth);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: "forbidden" });
    expect(await db.select().from(dossiers).where(eq(dossiers.userId, officer))).toHaveLength(0);
    // The domain function refuses too, whatever the caller.
    expect(await submitDossierDirectly(db, { userId: officer, body: birth })).toEqual({ ok: false, reason: "forbidden", refusal: "officer" });
  });

  it("a citizen cannot file a business-only service, through the API or a draft", async () => {
    const citizen = await insertCitizen(db);
    const code = await serviceFor("doanh-nghiep");
    session.user = sessionUser(citizen);
    const response = await post({ serviceCode: code, receivingUnitCode: AN_MY, formData: {} });
    expect(response.status).toBe(403);
    expect((await response.json()).message).toMatch(/dành cho doanh nghiệp/);

    const service = await getSubmissionService(db, { code });
    const draftId = await createDraft(db, citizen, service!);
    expect(await submitDossier(db, { userId: citizen, draftId })).toEqual({ ok: false, reason: "forbidden", refusal: "businesses_only" });
    expect(await db.select().from(dossiers).where(eq(dossiers.userId, citizen))).toHaveLength(0);
  });

  it("a business cannot file a citizen-only service (birth registration), a citizen can", async () => {
    const business = await insertAccount("business");
    expect(await submitDossierDirectly(db, { userId: business, body: birth })).toEqual({ ok: false, reason: "forbidden", refusal: "citizens_only" });
    const draftId = await completeDraft(db, business);
    expect(await submitDossier(db, { userId: business, draftId })).toMatchObject({ ok: false, reason: "forbidden" });

    const citizen = await insertCitizen(db);
    session.user = sessionUser(citizen);
    expect((await post(birth)).status).toBe(201);
  });
});
