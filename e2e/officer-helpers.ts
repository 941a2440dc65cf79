import { expect, type APIResponse, type Browser, type Locator, type Page } from "@playwright/test";
import { DEMO_OFFICER_PASSWORD, DEMO_OFFICER_TOTP_SECRET } from "../db/seed/demo-officers";
import { totp } from "../lib/security/totp";
import { PDF } from "./submission-helpers";

/** A demo officer's first step: the password, which leads to the authenticator code's page. */
export async function enterOfficerPassword(page: Page, email: string, next = "/quan-tri") {
  await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
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
export async function signInOfficer(page: Page, email: string, next = "/quan-tri") {
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
export async function officerPage(browser: Browser, email: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInOfficer(page, email, path);
  return page;
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

/** The specialist uploads a draft result and proposes it to the leader, with a working note if given. */
export async function proposeDraftResult(specialist: Page, fileName: string, note?: string) {
  await specialist.getByLabel("Tải lên dự thảo kết quả (PDF, JPEG, PNG)").setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: PDF(fileName) });
  await specialist.getByRole("button", { name: "Tải lên", exact: true }).click();
  await expect(specialist.getByText("Đã tải tệp lên.")).toBeVisible();
  if (note) await actionForm(specialist, "Trình dự thảo kết quả").getByLabel("Ghi chú").fill(note);
  await takeAction(specialist, "Trình dự thảo kết quả");
}

/** The leader approves the draft (with a working note if given) and records the signed result: the dossier is processed (status 9). */
export async function approveAndSign(leader: Page, result: { number: string; signedOn: string; approvalNote?: string }) {
  if (result.approvalNote) await actionForm(leader, "Phê duyệt").getByLabel("Ghi chú").fill(result.approvalNote);
  await takeAction(leader, "Phê duyệt");
  await leader.getByLabel("Số văn bản kết quả").fill(result.number);
  await leader.getByLabel("Người ký").fill("Trần Văn Lãnh");
  await leader.getByLabel("Ngày ký").fill(result.signedOn);
  await leader.getByRole("button", { name: "Hoàn thành xử lý", exact: true }).click();
  await expect(leader.getByText("Đã xử lý xong ·")).toBeVisible();
}

/** A notice or slip answered as a real PDF. */
export async function expectPdf(response: APIResponse) {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
}
