import { expect, test } from "./fixtures";
import { expectAccessible } from "./helpers";
import { actionForm, expectPdf, officerPage } from "./officer-helpers";
import { HOUSEHOLD_INCOME, signIn, submitDossier } from "./submission-helpers";

const REASON = "Thủ tục thuộc thẩm quyền của UBND thành phố Tam Kỳ, không thuộc UBND phường An Mỹ.";

test("reception refuses at receipt with a reason; the citizen sees status 3 and downloads the refusal notice (Mẫu 03)", async ({ browser, page: citizen }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "The journey runs once.");
  test.setTimeout(300_000);

  await signIn(citizen, "/ho-so");
  const code = await submitDossier(citizen, HOUSEHOLD_INCOME);

  const reception = await officerPage(browser, "tiepnhan@example.vn", `/quan-tri/ho-so/${code}`);
  const refuse = actionForm(reception, "Từ chối tiếp nhận");
  await refuse.getByLabel("Lý do").fill(REASON);
  await refuse.getByRole("button", { name: "Từ chối tiếp nhận" }).click();
  await expect(reception.getByText("Không được tiếp nhận ·")).toBeVisible();
  await expect(reception.getByRole("link", { name: "Phiếu từ chối tiếp nhận (Mẫu 03)" })).toBeVisible();
  await expect(reception.getByText("Vai trò của bạn không có thao tác nào ở trạng thái này.")).toBeVisible();
  await expectAccessible(reception);

  await citizen.goto(`/ho-so/${code}`);
  await expect(citizen.getByText("Không được tiếp nhận").first()).toBeVisible();
  await expect(citizen.getByText(REASON)).toBeVisible();
  // Nothing left to do on a refused dossier.
  await expect(citizen.getByRole("button", { name: /Rút hồ sơ|Gửi yêu cầu rút hồ sơ/ })).toHaveCount(0);
  const notice = citizen.getByRole("link", { name: "Phiếu từ chối tiếp nhận hồ sơ (Mẫu 03)" });
  await expectPdf(await citizen.request.get((await notice.getAttribute("href"))!));
  await expectAccessible(citizen);

  // The list of the citizen's dossiers shows the status too.
  await citizen.goto("/ho-so?trang-thai=3");
  await expect(citizen.getByRole("link", { name: code })).toBeVisible();
  await expectAccessible(citizen);
});
