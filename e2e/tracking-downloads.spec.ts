import { Readable } from "node:stream";
import { expect, test, type Page } from "./fixtures";
import { eq } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { dossierHistory, dossiers, files, services, units, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { expectAccessible } from "./helpers";

/**
 * Downloads and rights through the real routes. The fixture is written straight into the database, so
 * this spec runs when the e2e server uses the Postgres server of DATABASE_URL (the embedded database is
 * held by the server process); the same rules are covered on both databases by the integration tests.
 */
test.skip(!process.env.DATABASE_URL, "needs DATABASE_URL (shared database with the e2e server)");

const OWNER = { email: "congdan@example.vn", password: "CongDan@2024" };
const OTHER = { email: "nguoikhac.e2e@example.vn", password: "NguoiKhac@2024" };
const PDF = Buffer.from("%PDF-1.4\n% tệp thử của chủ hồ sơ\n");

let handle: DatabaseHandle;
let code = "";
let fileId = "";

test.beforeAll(async () => {
  handle = await openDatabase();
  const { db } = handle;
  await db
    .insert(users)
    .values({
      kind: "citizen",
      email: OTHER.email,
      emailVerifiedAt: new Date(),
      passwordHash: await hashPassword(OTHER.password),
      fullName: "Người Khác",
      idNumber: "049099009999",
    })
    .onConflictDoNothing();
  const [owner] = await db.select().from(users).where(eq(users.email, OWNER.email));
  if (!owner) throw new Error("the demo citizen is missing");
  const [service] = await db.select().from(services).innerJoin(units, eq(units.id, services.agencyId)).where(eq(services.code, "1.001193"));
  if (!service) throw new Error("catalog not seeded");
  code = `${service.units.code}-261120-${String(1000 + Math.floor(Math.random() * 8999))}`;
  const now = new Date();
  const [dossier] = await db
    .insert(dossiers)
    .values({
      code,
      userId: owner.id,
      serviceId: service.services.id,
      serviceVersion: service.services.version,
      serviceCode: service.services.code,
      serviceName: service.services.name,
      unitId: service.units.id,
      status: 1,
      channel: 2,
      applicant: { fullName: owner.fullName, idNumber: owner.idNumber ?? "", phone: owner.phone, email: owner.email, address: owner.address },
      applicantName: owner.fullName,
      applicantIdNumber: owner.idNumber ?? "",
      formData: {},
      submittedAt: now,
      receiptDeadline: now,
      dueAt: now,
    })
    .returning();
  if (!dossier) throw new Error("no dossier");
  await db.insert(dossierHistory).values({ dossierId: dossier.id, actorKind: "citizen", action: "submit", toStatus: 1 });
  const stored = await createLocalStorage(process.env.STORAGE_DIR?.trim() || ".data/uploads").put(Readable.from([PDF]));
  const [file] = await db
    .insert(files)
    .values({
      ownerUserId: owner.id,
      dossierId: dossier.id,
      documentIndex: 0,
      originalName: "Tờ khai.pdf",
      fileName: "Tờ khai.pdf",
      contentType: "application/pdf",
      size: stored.size,
      sha256: stored.sha256,
      storageKey: stored.key,
    })
    .returning({ id: files.id });
  fileId = file?.id ?? "";
});

test.afterAll(async () => {
  await handle?.close();
});

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/dang-nhap?next=/ho-so");
  await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill(account.email);
  await page.getByRole("textbox", { name: /^Mật khẩu/ }).fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/ho-so");
}

test("the owner downloads their document; another citizen and a visitor get 404", async ({ page, browser }) => {
  const fileUrl = `/ho-so/${encodeURIComponent(code)}/tep/${fileId}`;
  await signIn(page, OWNER);
  await page.goto(`/ho-so/${encodeURIComponent(code)}`);
  const link = page.getByRole("link", { name: "Tải về Tờ khai.pdf" });
  await expect(link).toHaveAttribute("href", fileUrl);
  await expectAccessible(page);
  const download = await page.request.get(fileUrl);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toContain("filename*=UTF-8''T%E1%BB%9D%20khai.pdf");
  expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, OTHER);
  expect((await other.request.get(fileUrl)).status()).toBe(404);
  const page404 = await other.goto(`/ho-so/${encodeURIComponent(code)}`);
  expect(page404?.status()).toBe(404);
  await expect(other.getByRole("link", { name: code })).toHaveCount(0);
  await otherContext.close();

  const visitor = await browser.newContext();
  expect((await visitor.request.get(fileUrl)).status()).toBe(404);
  await visitor.close();
});
