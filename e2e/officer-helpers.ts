import { expect, type Page } from "@playwright/test";
import { DEMO_OFFICER_PASSWORD, DEMO_OFFICER_TOTP_SECRET } from "../db/seed/demo-officers";
import { totp } from "../lib/security/totp";

/**
 * Signs a demo officer in: password, then the authenticator code. A code is accepted once, so when
 * another test just used this one, wait for the next 30-second step and try again.
 */
export async function signInOfficer(page: Page, email: string, next = "/quan-tri") {
  await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill(email);
  await page.getByLabel("Mật khẩu").fill(DEMO_OFFICER_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap\/xac-thuc/);
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByLabel("Mã xác thực").fill(totp(DEMO_OFFICER_TOTP_SECRET));
    await page.getByRole("button", { name: "Xác nhận" }).click();
    const done = await page
      .waitForURL((url) => !url.pathname.startsWith("/dang-nhap"), { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (done) return;
    await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
  }
  throw new Error(`Could not sign ${email} in`);
}

export async function signOut(page: Page) {
  await page.goto("/dang-xuat");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).not.toHaveURL(/\/dang-xuat/);
}
