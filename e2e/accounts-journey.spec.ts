import { expect, test } from "./fixtures";
import { lastEmailedPath, uniqueIdentity } from "./accounts-mail";
import { expectAccessible } from "./helpers";

test("a citizen registers, verifies the email from the emailed link, signs in, edits the profile and signs out", async ({ page }) => {
  const id = uniqueIdentity();
  await page.goto("/dang-ky");
  await expectAccessible(page);
  await page.getByLabel("Họ và tên").fill("Võ Thị Thu");
  await page.getByLabel("Số định danh cá nhân (CCCD)").fill(id.cccd);
  await page.getByLabel("Ngày sinh").fill("1990-03-08");
  await page.getByLabel("Số điện thoại di động").fill("0905 222 333");
  await page.getByLabel("Thư điện tử (email)").fill(id.email);
  await page.getByLabel("Địa chỉ liên hệ").fill("Số 5 Nguyễn Du, phường An Mỹ, Tam Kỳ");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("ThuVo@2025");
  await page.getByLabel("Nhập lại mật khẩu").fill("ThuVo@2025");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?tb=da-dang-ky/);
  await expect(page.getByRole("status").filter({ hasText: "Đã nhận đăng ký" })).toBeVisible();

  const verifyPath = await lastEmailedPath(page, id.email, "/xac-minh-email");
  await page.goto(verifyPath);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Xác minh email" }).click();
  await expect(page.getByRole("status").filter({ hasText: "đã được xác minh" })).toBeVisible();
  await expectAccessible(page);
  // The link works once.
  await page.goto(verifyPath);
  await page.getByRole("button", { name: "Xác minh email" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "không hợp lệ" })).toBeVisible();

  await page.goto("/dang-nhap");
  await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill(id.cccd);
  await page.getByLabel("Mật khẩu").fill("ThuVo@2025");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByText(`${id.email} (Đã xác minh)`)).toBeVisible();
  await expectAccessible(page);

  const contact = page.getByRole("form", { name: "Thông tin liên hệ" });
  await contact.getByLabel("Số điện thoại di động").fill("12345");
  await contact.getByRole("button", { name: "Lưu thông tin liên hệ" }).click();
  await expect(contact.getByText("Số điện thoại di động Việt Nam gồm 10 chữ số")).toBeVisible();
  await contact.getByLabel("Số điện thoại di động").fill("0935 444 555");
  await contact.getByLabel("Địa chỉ liên hệ").fill("Số 9 Phan Châu Trinh, Tam Kỳ");
  await contact.getByRole("button", { name: "Lưu thông tin liên hệ" }).click();
  await expect(contact.getByRole("status")).toHaveText("Đã lưu thông tin liên hệ.");
  await page.reload();
  await expect(page.getByRole("form", { name: "Thông tin liên hệ" }).getByLabel("Số điện thoại di động")).toHaveValue("0935444555");

  const password = page.getByRole("form", { name: "Đổi mật khẩu" });
  await password.getByLabel("Mật khẩu hiện tại").fill("Sai@Sai2025");
  await password.getByLabel("Mật khẩu mới", { exact: true }).fill("ThuVo@2026");
  await password.getByLabel("Nhập lại mật khẩu mới").fill("ThuVo@2026");
  await password.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(password.getByText("Mật khẩu hiện tại không đúng.")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/dang-xuat");
  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page).toHaveURL(/tb=da-dang-xuat/);
  await page.goto("/tai-khoan");
  await expect(page).toHaveURL(/\/dang-nhap\?next=/);
});

test("a forgotten password is reset from the emailed link, once", async ({ page }) => {
  const id = uniqueIdentity();
  // A business registers (and is signed out), then forgets the password.
  await page.goto("/dang-ky?loai=doanh-nghiep");
  await page.getByLabel("Tên doanh nghiệp, tổ chức").fill("Công ty TNHH Kiểm Thử Tự Động");
  await page.getByLabel("Mã số thuế").fill(id.taxCode);
  await page.getByLabel("Người đại diện theo pháp luật").fill("Đặng Văn Thử");
  await page.getByLabel("Số điện thoại di động").fill("0977000111");
  await page.getByLabel("Thư điện tử (email)").fill(id.email);
  await page.getByLabel("Địa chỉ liên hệ").fill("Khu công nghiệp Điện Nam - Điện Ngọc");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("KiemThu@2025");
  await page.getByLabel("Nhập lại mật khẩu").fill("KiemThu@2025");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page).toHaveURL(/tb=da-dang-ky/);

  await page.goto("/quen-mat-khau");
  await expectAccessible(page);
  await page.getByLabel("Thư điện tử (email)").fill(id.email);
  await page.getByRole("button", { name: "Gửi liên kết" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Nếu email này thuộc một tài khoản" })).toBeVisible();

  const resetPath = await lastEmailedPath(page, id.email, "/quen-mat-khau/dat-lai");
  await page.goto(resetPath);
  await expectAccessible(page);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("MoiHon@2026");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("MoiHon@2026");
  await page.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
  await expect(page).toHaveURL(/tb=da-dat-lai/);
  await page.goto(resetPath);
  await expect(page.getByRole("alert").filter({ hasText: "không hợp lệ" })).toBeVisible();

  await page.goto("/dang-nhap");
  await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill(id.taxCode);
  await page.getByLabel("Mật khẩu").fill("MoiHon@2026");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
});
