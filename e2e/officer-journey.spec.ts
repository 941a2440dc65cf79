import { expect, test, type Page } from "./fixtures";
import { DEMO_OFFICER_TOTP_SECRET } from "../db/seed/demo-officers";
import { totp } from "../lib/security/totp";
import { formatVietnamDate } from "../lib/calendar/format";
import { expectAccessible, expectFitsPhone } from "./helpers";
import {
  actionForm,
  approveAndSign,
  assignSpecialist,
  enterOfficerPassword,
  expectPdf,
  proposeDraftResult,
  signInOfficer,
  signOut,
  todayInVietnam,
} from "./officer-helpers";

/** The counter-intake form of 1.000308 (household income), then "Tiếp nhận hồ sơ". */
async function fillCounterIntake(page: Page, person: { name: string; idNumber: string; phone: string; members: string }) {
  await page.getByLabel("Họ và tên người nộp").fill(person.name);
  await page.getByLabel("Số CCCD, mã số thuế hoặc hộ chiếu").fill(person.idNumber);
  await page.getByLabel("Số điện thoại").fill(person.phone);
  await page.getByLabel("Địa chỉ", { exact: true }).fill("Tổ 3, An Mỹ, Tam Kỳ");
  await page.getByLabel(/Họ và tên chủ hộ/).fill(person.name);
  await page.getByLabel(/Địa chỉ hộ gia đình/).fill("Tổ 3, An Mỹ");
  await page.getByLabel(/Số nhân khẩu/).fill(person.members);
  await page.getByLabel(/Thu nhập bình quân/).fill("2500000");
  await page.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
}

/** A six-digit code that none of the steps the server accepts now (one before, this one, one after) has. */
function wrongCode(): string {
  const valid = new Set([-30_000, 0, 30_000, 60_000].map((shift) => totp(DEMO_OFFICER_TOTP_SECRET, new Date(Date.now() + shift))));
  return ["123456", "654321", "111111", "222222", "333333"].find((code) => !valid.has(code))!;
}

// One dossier carried through the back office by three officers, one after the other.
test.describe.configure({ mode: "serial" });

test("counter intake → assignment → result draft → approval → processed → returned, with every page accessible", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "The journey runs once; the officer pages are checked at phone width below.");
  test.setTimeout(240_000);

  // Signing in without a page asked for lands each officer on their own queue in the back office.
  await signInOfficer(page, "tiepnhan@example.vn", null);
  await expect(page).toHaveURL(/\/quan-tri$/);
  await expect(page.getByRole("heading", { level: 1, name: "Chờ tiếp nhận" })).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);

  // The officer's account page is an officer's: unit, roles, second factor; no citizen's links.
  await page.getByRole("navigation", { name: "Khu vực cán bộ" }).getByRole("link", { name: "Tài khoản" }).click();
  const details = page.getByRole("region", { name: "Thông tin tài khoản" });
  await expect(details).toContainText("Họ và tên");
  await expect(details).toContainText("UBND phường An Mỹ");
  await expect(details).toContainText("Tiếp nhận (Bộ phận Một cửa)");
  await expect(details).toContainText(/Xác thực hai lớp\s*Đang bật/);
  await expect(page.getByText("Tên doanh nghiệp, tổ chức")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Hồ sơ của tôi" })).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("link", { name: "Khu vực cán bộ" })).toHaveAttribute("href", "/quan-tri");
  await expectAccessible(page);
  await expectFitsPhone(page);
  await page.goto("/quan-tri");

  // Counter intake: wrong input first, nothing typed is lost.
  await page.getByRole("link", { name: "Tiếp nhận tại quầy" }).click();
  await page.getByLabel("Mã thủ tục").fill("1.000308");
  await page.getByRole("button", { name: "Chọn thủ tục" }).click();
  await fillCounterIntake(page, { name: "Trần Thị Quầy", idNumber: "12345", phone: "0905111222", members: "3" });
  await expect(page.getByText("Số CCCD (12 số), mã số thuế hoặc hộ chiếu không hợp lệ")).toBeVisible();
  await expect(page.getByLabel("Họ và tên người nộp")).toHaveValue("Trần Thị Quầy");
  await expectAccessible(page);
  await page.getByLabel("Số CCCD, mã số thuế hoặc hộ chiếu").fill("049190004321");
  await page.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  await expect(page.getByRole("status")).toContainText("Tiếp nhận hồ sơ tại quầy");
  await expect(page.getByText("Được tiếp nhận ·")).toBeVisible();
  const code = (await page.locator("h1 .font-mono").textContent())!.trim();
  expect(code).toMatch(/^000\.01\.22\.H47-\d{6}-\d{4}$/);
  await expectAccessible(page);

  await expectPdf(await page.request.get(`/ho-so/${code}/phieu-tiep-nhan`));

  await assignSpecialist(page);
  await expect(page.getByText("Đang xử lý ·")).toBeVisible();
  // The history says who was assigned.
  await expect(page.getByRole("region", { name: "Quá trình xử lý" }).getByText("Phân công chuyên viên Phạm Văn Chuyên")).toBeVisible();

  // The CSV of the unit's processing list holds it.
  await page.goto("/quan-tri?queue=dang-xu-ly");
  await expect(page.getByRole("link", { name: code })).toBeVisible();
  const csv = await page.request.get("/quan-tri/xuat-csv?queue=dang-xu-ly");
  expect(await csv.text()).toContain(code);
  await signOut(page);

  // The specialist lands on their own dossiers, opens this one, uploads a draft result and proposes it at once.
  await signInOfficer(page, "chuyenvien@example.vn", null);
  await expect(page.getByRole("heading", { level: 1, name: "Đang xử lý (của tôi)" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: code }).click();
  await proposeDraftResult(page, "du-thao.pdf");
  await expect(page.getByRole("listitem").filter({ hasText: "du-thao.pdf" })).toContainText("— dự thảo kết quả");
  await expectAccessible(page);
  await signOut(page);

  // The leader lands on what waits for approval, and approves and completes with the facts prefilled.
  await signInOfficer(page, "lanhdao@example.vn", null);
  await expect(page.getByRole("heading", { level: 1, name: "Chờ phê duyệt" })).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);
  await page.getByRole("link", { name: code }).click();
  // The next step is the primary button; sending back and stopping are negative ones, apart.
  await expect(actionForm(page, "Phê duyệt và hoàn thành xử lý")).toHaveClass(/border-brand-700/);
  await expect(actionForm(page, "Trả lại chuyên viên").getByRole("button")).toHaveClass(/text-accent-700/);
  await expect(actionForm(page, "Dừng xử lý").getByRole("button")).toHaveClass(/text-accent-700/);
  await page.screenshot({ path: testInfo.outputPath("officer-dossier-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("officer-dossier-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await expectFitsPhone(page);
  await approveAndSign(page, { number: "125/QĐ-UBND" });
  // The issued result, apart from the documents, with its number, signer and date; no longer a draft.
  const result = page.getByRole("region", { name: "Kết quả giải quyết" });
  await expect(result).toContainText("125/QĐ-UBND");
  await expect(result).toContainText("Trần Văn Lãnh");
  await expect(result).toContainText(formatVietnamDate(todayInVietnam()));
  await expect(result.getByRole("link", { name: "du-thao.pdf" })).toBeVisible();
  await expect(page.getByText("— dự thảo kết quả")).toHaveCount(0);
  const history = page.getByRole("region", { name: "Quá trình xử lý" });
  await expect(history.getByText("Phê duyệt", { exact: true })).toBeVisible();
  await expect(history.getByText(/^Hoàn thành xử lý/)).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);
  await signOut(page);

  // Reception returns the result.
  await signInOfficer(page, "tiepnhan@example.vn", `/quan-tri/ho-so/${code}`);
  await page.getByRole("button", { name: "Trả kết quả", exact: true }).click();
  await expect(page.getByText("Đã trả kết quả ·")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Trả kết quả" }).first()).toBeVisible();
});

test("two officers on the same version: exactly one wins, the other is told to reload", async ({ page: first, browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "Runs once.");
  test.setTimeout(180_000);
  await signInOfficer(first, "tiepnhan@example.vn");
  await first.goto("/quan-tri/tiep-nhan-tai-quay?thu-tuc=1.000308");
  await fillCounterIntake(first, { name: "Lê Văn Đồng", idNumber: "049090007777", phone: "0905777777", members: "2" });
  await expect(first.getByText("Được tiếp nhận ·")).toBeVisible();
  // The unit's leader opens the same dossier at the same version.
  const second = await (await browser.newContext()).newPage();
  await signInOfficer(second, "lanhdao@example.vn", new URL(first.url()).pathname);
  await first.getByLabel("Chuyên viên xử lý").selectOption({ label: "Phạm Văn Chuyên" });
  await first.getByRole("button", { name: "Phân công chuyên viên", exact: true }).click();
  await expect(first.getByText("Đang xử lý ·")).toBeVisible();
  const assignForm = second.locator("form").filter({ has: second.getByRole("button", { name: "Phân công chuyên viên", exact: true }) });
  await assignForm.getByLabel("Chuyên viên xử lý").selectOption({ label: "Phạm Văn Chuyên" });
  await assignForm.getByLabel("Ghi chú").fill("Giao gấp, người dân cần trước thứ Sáu");
  await assignForm.getByRole("button", { name: "Phân công chuyên viên", exact: true }).click();
  await expect(second.getByRole("alert").filter({ hasText: "vừa được người khác cập nhật" })).toBeVisible();
  // Nothing the losing officer typed is lost.
  await expect(assignForm.getByLabel("Ghi chú")).toHaveValue("Giao gấp, người dân cần trước thứ Sáu");
  await expect(assignForm.getByLabel("Chuyên viên xử lý")).toHaveValue(/.+/);

  // Stopping is negative: the first click only shows what it does, with the reason; going back changes nothing.
  await second.reload();
  const stop = actionForm(second, "Dừng xử lý");
  await stop.getByLabel("Lý do").fill("Người nộp đề nghị dừng do đã chuyển nơi cư trú.");
  await stop.getByRole("button", { name: "Dừng xử lý", exact: true }).click();
  await expect(stop.getByRole("alert")).toContainText("Xác nhận: Dừng xử lý");
  await expect(stop.getByLabel("Lý do")).toHaveValue("Người nộp đề nghị dừng do đã chuyển nơi cư trú.");
  await expect(second.getByText("Đang xử lý ·")).toBeVisible();
  await expectAccessible(second);
  await stop.getByRole("link", { name: "Không, quay lại hồ sơ" }).click();
  await expect(second.getByText("Đang xử lý ·")).toBeVisible();
  await expect(actionForm(second, "Dừng xử lý").getByRole("alert")).toHaveCount(0);
  await actionForm(second, "Dừng xử lý").getByLabel("Lý do").fill("Người nộp đề nghị dừng do đã chuyển nơi cư trú.");
  await actionForm(second, "Dừng xử lý").getByRole("button", { name: "Dừng xử lý", exact: true }).click();
  await actionForm(second, "Dừng xử lý").getByRole("button", { name: "Xác nhận dừng xử lý", exact: true }).click();
  await expect(second.getByText("Dừng xử lý ·")).toBeVisible();
});

test("the officer area works at phone width and refuses other units' dossiers", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "Phone width only.");
  test.setTimeout(120_000);
  // A wrong authenticator code is answered beside the field.
  await enterOfficerPassword(page, "tiepnhan.sxd@example.vn");
  await page.getByLabel("Mã xác thực").fill(wrongCode());
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByLabel("Mã xác thực")).toHaveAccessibleDescription("Mã không đúng hoặc đã hết hạn. Vui lòng nhập mã mới.");
  await expect(page).toHaveURL(/\/dang-nhap\/xac-thuc/);
  await expectAccessible(page);
  await signInOfficer(page, "tiepnhan.sxd@example.vn");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  // The site header leads a signed-in officer back to the officer area.
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Khu vực cán bộ" })).toHaveAttribute(
    "href",
    "/quan-tri",
  );
  await page.goto("/quan-tri?queue=tat-ca&q=000.01.22.H47");
  await expect(page.getByText("Không có hồ sơ nào trong danh sách này.")).toBeVisible();
  const other = await page.goto("/quan-tri/ho-so/000.01.22.H47-000000-0001");
  expect(other?.status()).toBe(404);
});
