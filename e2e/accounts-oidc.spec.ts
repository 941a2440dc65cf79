import { expect, test } from "./fixtures";
import { expectAccessible } from "./helpers";

/**
 * Signs in through the real OIDC provider started by playwright.config.ts (e2e/accounts-oidc-provider.ts).
 * On "localhost", not baseURL's 127.0.0.1: Next.js names the host "localhost" in the Auth.js callback URL,
 * and the provider must send the browser back to the host that holds the sign-in cookies.
 */
test("signing in with the national identity provider creates a citizen account, and finds it again next time", async ({ page, baseURL }) => {
  const app = `http://localhost:${new URL(baseURL ?? "http://127.0.0.1:3100").port}`;
  const login = `vneid${Date.now() % 1_000_000}`;
  for (const round of [1, 2]) {
    await page.goto(`${app}/dang-nhap?next=/tai-khoan`);
    if (round === 1) await expectAccessible(page);
    await page.getByRole("button", { name: "Đăng nhập bằng VNeID (thử nghiệm)" }).click();

    if (round === 1) {
      // The provider's own login and consent pages (the second time, its session and the consent are remembered).
      await page.locator("input[name=login]").fill(login);
      await page.locator("input[name=password]").fill("bat-ky");
      await page.locator("button[type=submit]").click();
      await page.locator("button[type=submit]").click(); // consent: Continue
    }

    await expect(page).toHaveURL(`${app}/tai-khoan`);
    await expect(page.getByText("Phan Thị VNeID").first()).toBeVisible();
    await expect(page.getByText(`${login}@vneid.example (Đã xác minh)`)).toBeVisible();
    await page.goto(`${app}/dang-xuat`);
    await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
    await expect(page).toHaveURL(/tb=da-dang-xuat/);
  }
});
