import { expect, test } from "./fixtures";
import { uniqueIdentity } from "./accounts-mail";
import { expectAccessible } from "./helpers";

test("wrong registration inputs show Vietnamese messages beside the fields", async ({ page }) => {
  await page.goto("/dang-ky");
  // The browser's own checks (react-hook-form with the same zod schema) are on once the form is hydrated.
  await expect(page.locator("form[data-enhanced]")).toBeVisible();
  await page.getByLabel("Số định danh cá nhân (CCCD)").fill("099090123456");
  await page.getByLabel("Ngày sinh").fill("1991-01-01");
  await page.getByLabel("Số điện thoại di động").fill("0235123456");
  await page.getByLabel("Thư điện tử (email)").fill("khong-phai-email");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("yeu");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  const cccd = page.getByLabel("Số định danh cá nhân (CCCD)");
  await expect(cccd).toHaveAttribute("aria-invalid", "true");
  await expect(cccd).toHaveAccessibleDescription(/mã tỉnh, thành phố hợp lệ/);
  await expect(page.getByLabel("Số điện thoại di động")).toHaveAccessibleDescription(/bắt đầu bằng 03, 05, 07, 08 hoặc 09/);
  await expect(page.getByLabel("Thư điện tử (email)")).toHaveAccessibleDescription(/không hợp lệ/);
  await expect(page.getByLabel("Mật khẩu", { exact: true })).toHaveAccessibleDescription(/từ 8 đến 128 ký tự/);
  await expect(page.getByLabel("Họ và tên")).toHaveAccessibleDescription(/2 đến 100 ký tự/);
  await expectAccessible(page);

  // A real province but a birth year the CCCD does not encode.
  await cccd.fill("049090123456");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(cccd).toHaveAccessibleDescription(/không khớp với năm sinh/);
});

test("a duplicate email or CCCD gets the same answer as a new registration (no account enumeration)", async ({ page }) => {
  const fill = async (cccd: string, email: string) => {
    await page.goto("/dang-ky");
    await page.getByLabel("Họ và tên").fill("Trùng Lặp");
    await page.getByLabel("Số định danh cá nhân (CCCD)").fill(cccd);
    await page.getByLabel("Ngày sinh").fill("1990-05-15");
    await page.getByLabel("Số điện thoại di động").fill("0905000000");
    await page.getByLabel("Thư điện tử (email)").fill(email);
    await page.getByLabel("Địa chỉ liên hệ").fill("Số 1 Trần Phú, Tam Kỳ");
    await page.getByLabel("Mật khẩu", { exact: true }).fill("TrungLap@2025");
    await page.getByLabel("Nhập lại mật khẩu").fill("TrungLap@2025");
    await page.getByRole("button", { name: "Đăng ký" }).click();
    await expect(page).toHaveURL(/\/dang-nhap\?tb=da-dang-ky$/);
    return { url: new URL(page.url()).pathname + new URL(page.url()).search, status: await page.getByRole("status").first().textContent() };
  };
  const fresh = uniqueIdentity();
  const created = await fill(fresh.cccd, fresh.email);
  await expectAccessible(page);
  // The demo citizen's CCCD with a new email, then the demo citizen's email with a new CCCD.
  const sameCccd = await fill("049090012345", uniqueIdentity().email);
  const sameEmail = await fill(uniqueIdentity().cccd, "CONGDAN@example.vn");
  expect(sameCccd).toEqual(created);
  expect(sameEmail).toEqual(created);
});

test.describe("without JavaScript", () => {
  // axe needs JavaScript in the page; the same pages are checked above.
  test.use({ javaScriptEnabled: false });

  test("registration posts, shows the server's messages with the values kept (not passwords), then succeeds", async ({ page }) => {
    const id = uniqueIdentity();
    await page.goto("/dang-ky?loai=doanh-nghiep");
    await page.getByLabel("Tên doanh nghiệp, tổ chức").fill("Hợp tác xã Không Script");
    await page.getByLabel("Mã số thuế").fill("12345");
    await page.getByLabel("Người đại diện theo pháp luật").fill("Lê Văn Tĩnh");
    await page.getByLabel("Số điện thoại di động").fill("0977123123");
    await page.getByLabel("Thư điện tử (email)").fill(id.email);
    await page.getByLabel("Địa chỉ liên hệ").fill("Thôn 2, xã Tam Thăng, Tam Kỳ");
    await page.getByLabel("Mật khẩu", { exact: true }).fill("KhongJs@2025");
    await page.getByLabel("Nhập lại mật khẩu").fill("KhongJs@2025");
    await page.getByRole("button", { name: "Đăng ký" }).click();

    await expect(page.getByRole("alert")).toContainText("Thông tin chưa hợp lệ");
    await expect(page.getByLabel("Mã số thuế")).toHaveAccessibleDescription(/Mã số thuế gồm 10 chữ số/);
    await expect(page.getByLabel("Tên doanh nghiệp, tổ chức")).toHaveValue("Hợp tác xã Không Script");
    await expect(page.getByLabel("Thư điện tử (email)")).toHaveValue(id.email);
    await expect(page.getByLabel("Mật khẩu", { exact: true })).toHaveValue("");

    await page.getByLabel("Mã số thuế").fill(id.taxCode);
    await page.getByLabel("Mật khẩu", { exact: true }).fill("KhongJs@2025");
    await page.getByLabel("Nhập lại mật khẩu").fill("KhongJs@2025");
    await page.getByRole("button", { name: "Đăng ký" }).click();
    await expect(page).toHaveURL(/tb=da-dang-ky/);

    await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill(id.email);
    await page.getByLabel("Mật khẩu").fill("KhongJs@2025");
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await expect(page).toHaveURL(/\/tai-khoan$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tài khoản của tôi" })).toBeVisible();
  });
});
