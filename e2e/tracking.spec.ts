import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "./fixtures";
import { expectAccessible, expectFitsPhone } from "./helpers";
import { AN_MY, BIRTH_REGISTRATION } from "./submission-helpers";

const CITIZEN = { email: "congdan@example.vn", password: "CongDan@2024" };
/** Đăng ký khai sinh at phường An Mỹ: a one-shot submission through POST /api/v1/dossiers (no uploads). */
const SUBMISSION = { ...BIRTH_REGISTRATION, receivingUnitCode: AN_MY };

async function signIn(page: Page, next: string) {
  await page.goto(next);
  await expect(page).toHaveURL(/\/dang-nhap/);
  await expectAccessible(page);
  await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill(CITIZEN.email);
  await page.getByRole("textbox", { name: /^Mật khẩu/ }).fill(CITIZEN.password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === next);
}

async function submitDossier(page: Page): Promise<string> {
  const response = await page.request.post("/api/v1/dossiers", {
    data: SUBMISSION,
    headers: { "Idempotency-Key": randomUUID(), Origin: new URL(page.url()).origin },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).code as string;
}

test("a citizen follows a dossier: Hồ sơ của tôi, the dossier page, notifications, then the public lookup", async ({ page, browser }) => {
  await signIn(page, "/ho-so");
  const code = await submitDossier(page);

  await page.goto("/ho-so");
  await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ của tôi" })).toBeVisible();
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: code }) });
  await expect(row).toContainText("Mới đăng ký");
  await expectAccessible(page);

  await page.getByLabel("Lọc theo trạng thái").selectOption("10");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/trang-thai=10/);
  await expect(page.getByRole("link", { name: code })).toHaveCount(0);
  await page.getByLabel("Lọc theo trạng thái").selectOption("1");
  await page.getByRole("button", { name: "Lọc" }).click();
  await page.getByRole("link", { name: code }).click();

  await expect(page).toHaveURL(`/ho-so/${encodeURIComponent(code)}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
  await expect(page.getByRole("region", { name: "Quá trình xử lý" }).getByText("Đã nộp hồ sơ")).toBeVisible();
  await expect(page.getByRole("link", { name: "Phiếu tiếp nhận hồ sơ (PDF)" })).toHaveAttribute(
    "href",
    `/ho-so/${encodeURIComponent(code)}/phieu-tiep-nhan`,
  );
  await expect(page.getByRole("button", { name: "Rút hồ sơ" })).toBeVisible();
  const idNumber = (await page.locator("dt", { hasText: "Số giấy tờ của người nộp" }).locator("xpath=following-sibling::dd[1]").innerText()).trim();
  expect(idNumber).toMatch(/^[0-9A-Z-]{6,20}$/);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Thông báo" }).click();
  await expect(page.getByText(`Hồ sơ ${code}`).first()).toBeVisible();
  await expectAccessible(page);

  // The public lookup, in a fresh browser without any session; the receipt's QR code prefills the code.
  const anonymous = await browser.newContext();
  const lookup = await anonymous.newPage();
  await lookup.goto(`/tra-cuu?code=${encodeURIComponent(code)}`);
  await expect(lookup.getByLabel("Mã hồ sơ")).toHaveValue(code);
  await expectAccessible(lookup);
  await lookup.getByLabel("Số giấy tờ của người nộp").fill("001099000001");
  await lookup.getByRole("button", { name: "Tra cứu" }).click();
  await expect(lookup.getByText("Không tìm thấy hồ sơ khớp")).toBeVisible();
  await lookup.getByLabel("Số giấy tờ của người nộp").fill(idNumber);
  await lookup.getByRole("button", { name: "Tra cứu" }).click();
  const result = lookup.getByRole("region", { name: /Kết quả tra cứu/ });
  await expect(result).toContainText("Mới đăng ký");
  await expect(result).not.toContainText(idNumber);
  await expectAccessible(lookup);

  // Another session cannot open the dossier page or its receipt slip data.
  await lookup.goto(`/ho-so/${encodeURIComponent(code)}`);
  await expect(lookup).toHaveURL(/\/dang-nhap/);
  await anonymous.close();
});

test("drafts are listed on Hồ sơ của tôi, continue to the wizard and can be deleted", async ({ page }) => {
  await signIn(page, "/ho-so");
  await page.goto(`/thu-tuc/${SUBMISSION.serviceCode}/nop-ho-so`);
  await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ" }).click();
  await expect(page).toHaveURL(/draft=[0-9a-f-]{36}/);
  const draftId = /draft=([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";

  await page.goto("/ho-so");
  const continueLink = page.locator(`a[href="/thu-tuc/${SUBMISSION.serviceCode}/nop-ho-so?draft=${draftId}"]`);
  await expect(continueLink).toHaveText("Tiếp tục");
  await expectAccessible(page);
  const item = page.getByRole("listitem").filter({ has: continueLink });
  await expect(item).toContainText("Đăng ký khai sinh");
  // "Xóa" asks first (a page of its own, so it works without JavaScript); "Không xóa" keeps the draft.
  await item.getByRole("button", { name: /^Xóa hồ sơ đang soạn/ }).click();
  await expect(item.getByRole("alert")).toContainText("cùng mọi tệp đã tải lên?");
  await expectAccessible(page);
  await expectFitsPhone(page);
  await item.getByRole("link", { name: "Không xóa" }).click();
  await expect(item.getByRole("alert")).toHaveCount(0);
  await expect(continueLink).toHaveCount(1);
  await item.getByRole("button", { name: /^Xóa hồ sơ đang soạn/ }).click();
  await page.getByRole("button", { name: /^Xóa hẳn hồ sơ đang soạn/ }).click();
  await expect(page.getByRole("status")).toContainText("Đã xóa hồ sơ đang soạn.");
  await expect(continueLink).toHaveCount(0);
  await expectAccessible(page);
});

test("the lookup explains bad input beside each field", async ({ page }) => {
  await page.goto("/tra-cuu");
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page.getByText("Vui lòng nhập mã hồ sơ.")).toBeVisible();
  await expect(page.getByLabel("Mã hồ sơ")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Mã hồ sơ")).toBeFocused();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the lookup form posts and shows errors and the not-found message", async ({ page }) => {
    await page.goto("/tra-cuu");
    await page.getByLabel("Mã hồ sơ").fill("abc");
    await page.getByLabel("Số giấy tờ của người nộp").fill("001099000001");
    await page.getByRole("button", { name: "Tra cứu" }).click();
    await expect(page.getByText(/Mã hồ sơ chỉ gồm chữ, số/)).toBeVisible();
    await expect(page.getByLabel("Số giấy tờ của người nộp")).toHaveValue("001099000001");
    await page.getByLabel("Mã hồ sơ").fill("000.01.22.H47-261120-0999");
    await page.getByRole("button", { name: "Tra cứu" }).click();
    await expect(page.getByText("Không tìm thấy hồ sơ khớp")).toBeVisible();
  });
});

// The development mailbox's production switch is a unit test (lib/mail/dev-mailbox.test.ts): the e2e
// server enables the mailbox (DEV_MAILBOX=1) to read the emailed links.

test("the lookup API answers 400 and 404 as JSON", async ({ request }) => {
  const bad = await request.get("/api/v1/dossiers/lookup?code=x&idNumber=1");
  expect(bad.status()).toBe(400);
  const missing = await request.get("/api/v1/dossiers/lookup?code=000.01.22.H47-261120-0999&idNumber=001099000001");
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ error: "not_found" });
});
