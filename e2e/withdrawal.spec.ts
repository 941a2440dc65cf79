import { expect, test, type Page } from "./fixtures";
import { expectAccessible, expectFitsPhone } from "./helpers";
import { actionForm, officerPage, takeAction } from "./officer-helpers";
import { HOUSEHOLD_INCOME, signIn, submitDossier } from "./submission-helpers";

/** The citizen's withdrawal form on /ho-so/<code> (withdraw before receipt, request-withdrawal after). */
async function withdraw(citizen: Page, form: { title: string; button: string }, reason: string) {
  const withdrawal = actionForm(citizen, form.title);
  await withdrawal.getByLabel("Lý do rút hồ sơ").fill(reason);
  await withdrawal.getByRole("button", { name: form.button }).click();
  await expect(citizen.getByRole("status")).toContainText("Đã gửi thành công.");
}

test("before receipt the citizen withdraws with a reason (status 7)", async ({ page: citizen, browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "The journey runs once.");
  test.setTimeout(300_000);
  await signIn(citizen, "/ho-so");
  const code = await submitDossier(citizen, HOUSEHOLD_INCOME);

  await citizen.goto(`/ho-so/${code}`);
  await expect(citizen.getByText("Mới đăng ký").first()).toBeVisible();
  await expectAccessible(citizen);
  await withdraw(citizen, { title: "Rút hồ sơ", button: "Rút hồ sơ" }, "Tôi nộp nhầm thủ tục.");
  await expect(citizen.getByText("Công dân yêu cầu rút hồ sơ").first()).toBeVisible();
  await expect(citizen.getByText("Tôi nộp nhầm thủ tục.")).toBeVisible();
  await expect(citizen.getByRole("button", { name: "Rút hồ sơ" })).toHaveCount(0);
  await expect(citizen.getByRole("region", { name: "Hồ sơ đã kết thúc" })).toContainText("Hồ sơ đã được rút theo yêu cầu của bạn lúc");
  await expect(citizen.getByText("Ngày hẹn trả kết quả")).toHaveCount(0);
  await expect(citizen.getByRole("link", { name: "Phiếu tiếp nhận hồ sơ (PDF)" })).toHaveCount(0);
  await expectAccessible(citizen);
  await expectFitsPhone(citizen, "withdrawn");

  // Reception finds it closed: nothing to receive.
  const reception = await officerPage(browser, "tiepnhan@example.vn", `/quan-tri/ho-so/${code}`);
  await expect(reception.getByText("Công dân yêu cầu rút hồ sơ ·")).toBeVisible();
  await expect(reception.getByRole("button", { name: "Tiếp nhận", exact: true })).toHaveCount(0);
  await expectAccessible(reception);
});

test("after receipt the citizen asks to withdraw and reception confirms it (status 7)", async ({ page: citizen, browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "The journey runs once.");
  test.setTimeout(300_000);
  await signIn(citizen, "/ho-so");
  const code = await submitDossier(citizen, HOUSEHOLD_INCOME);
  const reception = await officerPage(browser, "tiepnhan@example.vn", `/quan-tri/ho-so/${code}`);
  await takeAction(reception, "Tiếp nhận");
  await expect(reception.getByText("Được tiếp nhận ·")).toBeVisible();
  // Nothing to confirm before the citizen asks.
  await expect(actionForm(reception, "Xác nhận rút hồ sơ")).toHaveCount(0);

  await citizen.goto(`/ho-so/${code}`);
  await expect(citizen.getByRole("button", { name: "Rút hồ sơ", exact: true })).toHaveCount(0);
  await withdraw(citizen, { title: "Yêu cầu rút hồ sơ", button: "Gửi yêu cầu rút hồ sơ" }, "Gia đình đã chuyển nơi cư trú.");
  // Asked once: the request stays pending until the unit confirms it.
  await expect(citizen.getByText("Được tiếp nhận").first()).toBeVisible();
  await expect(citizen.getByRole("button", { name: "Gửi yêu cầu rút hồ sơ" })).toHaveCount(0);
  await expectAccessible(citizen);

  await reception.reload();
  await expect(reception.getByText("Gia đình đã chuyển nơi cư trú.")).toBeVisible();
  await takeAction(reception, "Xác nhận rút hồ sơ");
  await expect(reception.getByText("Công dân yêu cầu rút hồ sơ ·")).toBeVisible();
  await expectAccessible(reception);

  await citizen.reload();
  await expect(citizen.getByText("Công dân yêu cầu rút hồ sơ").first()).toBeVisible();
  await expect(citizen.locator("main h2").first()).toHaveText("Hồ sơ đã kết thúc");
  await expect(citizen.getByRole("region", { name: "Hồ sơ đã kết thúc" })).toContainText("Hồ sơ đã được rút theo yêu cầu của bạn lúc");
  await expect(citizen.getByText("Ngày hẹn trả kết quả")).toHaveCount(0);
  await expectAccessible(citizen);
});
