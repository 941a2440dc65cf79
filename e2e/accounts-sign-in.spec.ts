import { expect, test } from "./fixtures";
import { expectAccessible } from "./helpers";

test("the demo citizen signs in with the CCCD, sees the account, signs out, and the old page is closed", async ({ page }) => {
  await page.goto("/tai-khoan");
  await expect(page).toHaveURL(/\/dang-nhap\?next=%2Ftai-khoan/);
  await expectAccessible(page);
  await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill("049090012345");
  await page.getByLabel("Mật khẩu").fill("CongDan@2024");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tài khoản của tôi" })).toBeVisible();
  await expect(page.getByText("Nguyễn Văn An").first()).toBeVisible();
  await expectAccessible(page);

  // The header of a cached catalog page knows who is signed in, once the page has loaded.
  const header = page.getByRole("navigation", { name: "Điều hướng chính" });
  await page.goto("/thu-tuc");
  await expect(header.getByRole("link", { name: "Đăng xuất" })).toHaveAttribute("href", "/dang-xuat");
  await expect(header.getByRole("link", { name: "Đăng nhập" })).toHaveCount(0);
  await expect(header.getByRole("link", { name: "Tài khoản" })).toHaveAttribute("href", "/tai-khoan");
  await expectAccessible(page);

  await header.getByRole("link", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đăng xuất" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?tb=da-dang-xuat/);
  await expect(page.getByRole("status")).toContainText("Bạn đã đăng xuất.");
  await page.goto("/tai-khoan");
  await expect(page).toHaveURL(/\/dang-nhap/);
  await page.goto("/thu-tuc");
  await expect(header.getByRole("link", { name: "Đăng nhập" })).toHaveAttribute("href", "/dang-nhap");
  await expect(header.getByRole("link", { name: "Đăng xuất" })).toHaveCount(0);
});

test("a wrong password says so beside the field and keeps the identifier", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill("doanhnghiep@example.vn");
  await page.getByLabel("Mật khẩu").fill("Sai@mat-khau1");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "không đúng" })).toBeVisible();
  await expect(page.getByLabel("Số CCCD, mã số thuế hoặc email")).toHaveValue("doanhnghiep@example.vn");
  await expect(page.getByLabel("Mật khẩu")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("an outside ?next= is ignored after sign-in", async ({ page }) => {
  await page.goto("/dang-nhap?next=" + encodeURIComponent("//evil.example/"));
  await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill("4000123456");
  await page.getByLabel("Mật khẩu").fill("DoanhNghiep@2024");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/tai-khoan$/);
});
