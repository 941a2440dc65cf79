import { expect, test, type Browser, type Page } from "./fixtures";
import { SIGNATURE_HEADER, signPayload } from "../lib/payments/test-gateway";
import { expectAccessible } from "./helpers";
import { assignSpecialist, officerPage, requestFee, takeAction } from "./officer-helpers";
import { HOUSEHOLD_INCOME, payThroughTestGateway, signIn, submitDossier } from "./submission-helpers";
import { E2E_PAYMENT_SECRET } from "./payment-secret";

/** The demo citizen files a dossier through the API; reception receives it, assigns it and asks `amount` đồng. */
async function dossierWaitingForFee(browser: Browser, citizen: Page, amount: string): Promise<{ code: string; reception: Page }> {
  await signIn(citizen, "/ho-so");
  const code = await submitDossier(citizen, HOUSEHOLD_INCOME);
  const reception = await officerPage(browser, "tiepnhan@example.vn", `/quan-tri/ho-so/${code}`);
  await takeAction(reception, "Tiếp nhận");
  await assignSpecialist(reception);
  await requestFee(reception, amount);
  return { code, reception };
}

const feeItem = (page: Page, label: RegExp) => page.getByRole("listitem", { name: label });

test.describe("fees", () => {
  test.setTimeout(240_000);

  test("reception cancels a waiting fee with a reason; the citizen sees it cancelled; a late failed callback gets 409; a payment made meanwhile comes back at once", async ({
    browser,
    page: citizen,
  }) => {
    const { code, reception } = await dossierWaitingForFee(browser, citizen, "45000");
    // The citizen is at the gateway's page as reception cancels.
    const gateway = await citizen.context().newPage();
    await gateway.goto(`/ho-so/${code}`);
    await gateway.getByRole("link", { name: "Thanh toán trực tuyến" }).click();
    await expect(gateway.getByText("CHẾ ĐỘ THỬ NGHIỆM")).toBeVisible();
    const waiting = feeItem(reception, /^Khoản phí 45\.000 đồng — Chờ thanh toán$/);
    await expect(waiting).toBeVisible();
    await expectAccessible(reception);
    const paymentId = await waiting.locator('input[name="paymentId"]').getAttribute("value");

    // A reason of spaces only is refused next to the field.
    await waiting.getByLabel("Lý do hủy yêu cầu thu phí").fill("   ");
    await waiting.getByRole("button", { name: "Hủy yêu cầu thu phí" }).click();
    await expect(waiting.getByText("Vui lòng nhập lý do.")).toBeVisible();
    await waiting.getByLabel("Lý do hủy yêu cầu thu phí").fill("Thủ tục này được miễn lệ phí");
    await waiting.getByRole("button", { name: "Hủy yêu cầu thu phí" }).click();
    await expect(reception.getByRole("status")).toContainText("Hủy yêu cầu thu phí");
    await expect(reception.getByText("Đang xử lý ·")).toBeVisible();
    const cancelled = feeItem(reception, /^Khoản phí 45\.000 đồng — Đã hủy$/);
    await expect(cancelled).toContainText("Thủ tục này được miễn lệ phí");
    await expect(cancelled.getByRole("button")).toHaveCount(0);
    await expectAccessible(reception);

    await citizen.goto(`/ho-so/${code}`);
    const seen = feeItem(citizen, /^Khoản phí 45\.000 đồng — Đã hủy$/);
    await expect(seen).toContainText("Đã hủy");
    await expect(seen).toContainText("Thủ tục này được miễn lệ phí");
    await expect(citizen.getByRole("link", { name: "Thanh toán trực tuyến" })).toHaveCount(0);
    await expectAccessible(citizen);

    // The gateway calling back a failed payment for the cancelled fee is told so, as JSON, never a 500.
    const body = JSON.stringify({ paymentId, amount: 45000, transactionRef: `TEST-LATE-${Date.now()}`, succeeded: false });
    const late = await citizen.request.post("/api/v1/payments/callback", {
      data: body,
      headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signPayload(body, E2E_PAYMENT_SECRET) },
    });
    expect(late.status()).toBe(409);
    expect(await late.json()).toEqual({ error: "Yêu cầu thu phí đã bị hủy; giao dịch không được ghi nhận." });

    // The citizen, still on the gateway's page, pays anyway: the money goes back at once.
    await gateway.getByRole("button", { name: "Thanh toán thành công" }).click();
    await expect(gateway.getByRole("status")).toContainText("số tiền đã được hoàn lại");
    await expectAccessible(gateway);
    await citizen.goto(`/ho-so/${code}`);
    const refunded = feeItem(citizen, /^Khoản phí 45\.000 đồng — Đã hoàn tiền$/);
    await expect(refunded).toContainText("hoàn tự động");
    await expect(refunded).toContainText("Thủ tục này được miễn lệ phí");
    await expect(refunded).toContainText(/HP-TEST-[0-9a-f-]{36}/);
    await expect(citizen.getByText("Hoàn tiền khoản phí đã hủy").first()).toBeVisible();
  });

  test("the citizen pays through the test gateway; reception refunds; the citizen sees the refund and its receipt", async ({
    browser,
    page: citizen,
  }) => {
    const { code, reception } = await dossierWaitingForFee(browser, citizen, "55000");

    await citizen.goto(`/ho-so/${code}`);
    await expect(feeItem(citizen, /^Khoản phí 55\.000 đồng — Chờ thanh toán$/)).toBeVisible();
    await expectAccessible(citizen);
    await payThroughTestGateway(citizen);

    await reception.reload();
    const paid = feeItem(reception, /^Khoản phí 55\.000 đồng — Đã thanh toán$/);
    await expect(paid).toContainText("BL-TEST-");
    await expectAccessible(reception);
    await paid.getByLabel("Lý do hoàn phí").fill("Thu trùng với biên lai nộp tại quầy");
    await paid.getByRole("button", { name: "Hoàn phí" }).click();
    await expect(reception.getByRole("status")).toContainText("Hoàn phí");
    const refunded = feeItem(reception, /^Khoản phí 55\.000 đồng — Đã hoàn tiền$/);
    await expect(refunded).toContainText("HP-TEST-");
    await expect(refunded.getByRole("button")).toHaveCount(0);
    await expectAccessible(reception);

    await citizen.goto(`/ho-so/${code}`);
    const seen = feeItem(citizen, /^Khoản phí 55\.000 đồng — Đã hoàn tiền$/);
    await expect(seen).toContainText("Đã hoàn tiền");
    await expect(seen).toContainText(/Số biên lai hoàn tiền\s*HP-TEST-[0-9a-f-]{36}/);
    await expect(seen).toContainText("Thu trùng với biên lai nộp tại quầy");
    // The citizen sees which unit opened the dossier and when (repeated openings in a minute counted).
    const opened = citizen.getByRole("list", { name: "Cơ quan đã mở hồ sơ" }).getByRole("listitem");
    await expect(opened.first()).toHaveText(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4} · UBND phường An Mỹ( \(\d+ lần\))?$/);
    await expectAccessible(citizen);
  });
});
