import { expect, type APIResponse, type Browser, type Locator, type Page } from "@playwright/test";
import { DEMO_OFFICER_PASSWORD, DEMO_OFFICER_TOTP_SECRET } from "../db/seed/demo-officers";
import { totp } from "../lib/security/totp";
import { PDF, signIn, submitDossier } from "./submission-helpers";

/**
 * A demo officer's first step: the password, which leads to the authenticator code's page. With `next`
 * null the sign-in page is opened plainly, and the officer lands wherever the portal sends them.
 */
export async function enterOfficerPassword(page: Page, email: string, next: string | null = "/quan-tri") {
  await page.goto(next === null ? "/dang-nhap" : `/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill(email);
  await page.getByLabel("Mật khẩu").fill(DEMO_OFFICER_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap\/xac-thuc/);
}

/**
 * Signs a demo officer in: password, then the authenticator code. A code is accepted once, and the server
 * also takes the next step's code, so when another test just used this step's code, the next one is
 * entered at once; only when both were used does it wait for a new step (a reused code is not a wrong one:
 * it never locks the second step).
 */
export async function signInOfficer(page: Page, email: string, next: string | null = "/quan-tri") {
  await enterOfficerPassword(page, email, next);
  for (let attempt = 0; attempt < 4; attempt++) {
    for (const ahead of [0, 30_000]) {
      await page.getByLabel("Mã xác thực").fill(totp(DEMO_OFFICER_TOTP_SECRET, new Date(Date.now() + ahead)));
      const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/dang-nhap/xac-thuc");
      await page.getByRole("button", { name: "Xác nhận" }).click();
      await answered;
      const done = await page
        .waitForURL((url) => !url.pathname.startsWith("/dang-nhap"), { timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (done) return;
    }
    await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
  }
  throw new Error(`Could not sign ${email} in`);
}

export async function signOut(page: Page) {
  await page.goto("/dang-xuat");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).not.toHaveURL(/\/dang-xuat/);
}

/** A demo officer signed in, in a browser context of their own, on `path`. */
export async function officerPage(browser: Browser, email: string, path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await signInOfficer(page, email, path);
  return page;
}

/**
 * The start of an officer journey: the demo citizen (signed in on `citizen`) submits `dossier` through the API,
 * and the reception officer of phường An Mỹ opens it in a browser of their own.
 */
export async function dossierAtReception(
  browser: Browser,
  citizen: Page,
  dossier: { serviceCode: string; formData: Record<string, unknown> },
): Promise<{ code: string; dossierPath: string; reception: Page }> {
  await signIn(citizen, "/ho-so");
  const code = await submitDossier(citizen, dossier);
  const dossierPath = `/quan-tri/ho-so/${code}`;
  return { code, dossierPath, reception: await officerPage(browser, "tiepnhan@example.vn", dossierPath) };
}

/** The form of one workflow action on the officer's dossier page, found by its heading. */
export function actionForm(page: Page, label: string): Locator {
  return page.locator("form").filter({ has: page.getByRole("heading", { level: 3, name: label, exact: true }) });
}

/** Takes one workflow action that needs no input and waits for the page to confirm it. */
export async function takeAction(page: Page, label: string) {
  await page.getByRole("button", { name: label, exact: true }).click();
  await expect(page.getByRole("status")).toContainText(label);
}

/** Reception assigns the demo unit's specialist. */
export async function assignSpecialist(reception: Page) {
  await reception.getByLabel("Chuyên viên xử lý").selectOption({ label: "Phạm Văn Chuyên" });
  await takeAction(reception, "Phân công chuyên viên");
}

/** An officer of the unit asks for the fee (đồng): the dossier waits for payment (status 6). */
export async function requestFee(officer: Page, amount: string) {
  await officer.getByLabel("Số tiền (đồng)").fill(amount);
  await officer.getByRole("button", { name: "Yêu cầu thanh toán phí", exact: true }).click();
  await expect(officer.getByText("Yêu cầu thực hiện nghĩa vụ tài chính ·")).toBeVisible();
}

/**
 * The specialist uploads a draft result and proposes it to the leader: in one post ("Tải lên và trình
 * lãnh đạo"), or, with a working note, uploads first and proposes with the note.
 */
export async function proposeDraftResult(specialist: Page, fileName: string, note?: string) {
  await specialist
    .getByLabel("Tải lên dự thảo kết quả (PDF, JPEG, PNG)")
    .setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: PDF(fileName) });
  if (!note) {
    await specialist.getByRole("button", { name: "Tải lên và trình lãnh đạo", exact: true }).click();
    await expect(specialist.getByText("Đã tải tệp lên và trình lãnh đạo.")).toBeVisible();
    await expect(specialist.getByRole("status").filter({ hasText: "Trình dự thảo kết quả" })).toBeVisible();
    return;
  }
  await specialist.getByRole("button", { name: "Tải lên", exact: true }).click();
  await expect(specialist.getByText("Đã tải tệp lên.")).toBeVisible();
  await actionForm(specialist, "Trình dự thảo kết quả").getByLabel("Ghi chú").fill(note);
  await takeAction(specialist, "Trình dự thảo kết quả");
}

/** Today in Vietnam as a date field holds it (yyyy-mm-dd). */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
}

/**
 * The leader approves the draft and completes it in one form (with a working note if given): the number
 * typed, the signer (the demo leader) and the signing date (today) prefilled: the dossier is processed.
 */
export async function approveAndSign(leader: Page, result: { number: string; approvalNote?: string }) {
  const form = actionForm(leader, "Phê duyệt và hoàn thành xử lý");
  await expect(form.getByLabel("Người ký")).toHaveValue("Trần Văn Lãnh");
  await expect(form.getByLabel("Ngày ký")).toHaveValue(todayInVietnam());
  await form.getByLabel("Số văn bản kết quả").fill(result.number);
  if (result.approvalNote) await form.getByLabel("Ghi chú").fill(result.approvalNote);
  await form.getByRole("button", { name: "Phê duyệt và hoàn thành xử lý", exact: true }).click();
  await expect(leader.getByText("Đã xử lý xong ·")).toBeVisible();
}

/** A notice or slip answered as a real PDF. */
export async function expectPdf(response: APIResponse) {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
}
