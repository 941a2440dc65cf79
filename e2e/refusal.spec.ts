import { expect, test } from "./fixtures";
import { expectAccessible, expectFitsPhone } from "./helpers";
import { actionForm, dossierAtReception, expectPdf, officerPage } from "./officer-helpers";
import { HOUSEHOLD_INCOME, signIn, submitDossier } from "./submission-helpers";

const REASON = "Thủ tục thuộc thẩm quyền của UBND thành phố Tam Kỳ, không thuộc UBND phường An Mỹ.";

test("reception refuses at receipt with a reason; the citizen sees status 3 and downloads the refusal notice (Mẫu 03)", async ({
  browser,
  page: citizen,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "The journey runs once.");
  test.setTimeout(300_000);

  const { code, reception } = await dossierAtReception(browser, citizen, HOUSEHOLD_INCOME);
  // Receiving is the next step (primary); refusing is negative and asks for confirmation with the reason.
  await expect(actionForm(reception, "Tiếp nhận và phân công")).toHaveClass(/border-brand-700/);
  await expect(actionForm(reception, "Tiếp nhận và phân công").getByLabel("Phân công chuyên viên xử lý")).toHaveValue(/.+/);
  const refuse = actionForm(reception, "Từ chối tiếp nhận");
  await expect(refuse.getByRole("button")).toHaveClass(/text-accent-700/);
  await refuse.getByLabel("Lý do").fill(REASON);
  await refuse.getByRole("button", { name: "Từ chối tiếp nhận" }).click();
  await expect(refuse.getByRole("alert")).toContainText("phiếu từ chối (Mẫu 03)");
  await expect(reception.getByText("Mới đăng ký ·")).toBeVisible();
  await expectAccessible(reception);
  await expectFitsPhone(reception);
  await refuse.getByRole("button", { name: "Xác nhận từ chối tiếp nhận" }).click();
  await expect(reception.getByText("Không được tiếp nhận ·")).toBeVisible();
  await expect(reception.getByRole("link", { name: "Phiếu từ chối tiếp nhận (Mẫu 03)" })).toBeVisible();
  await expect(reception.getByText("Vai trò của bạn không có thao tác nào ở trạng thái này.")).toBeVisible();
  await expectAccessible(reception);

  // At the top, before anything else: what happened, when and why, and the refusal notice. No appointment,
  // no appointment slip, nothing to do: the dossier no longer runs.
  await citizen.goto(`/ho-so/${code}`);
  await expect(citizen.locator("main h2").first()).toHaveText("Hồ sơ đã kết thúc");
  const closure = citizen.getByRole("region", { name: "Hồ sơ đã kết thúc" });
  await expect(closure).toContainText(/Hồ sơ không được tiếp nhận lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\./);
  await expect(closure).toContainText(REASON);
  await expect(citizen.getByText("Ngày hẹn trả kết quả")).toHaveCount(0);
  await expect(citizen.getByRole("link", { name: "Phiếu tiếp nhận hồ sơ (PDF)" })).toHaveCount(0);
  await expect(citizen.getByRole("button", { name: /Rút hồ sơ|Gửi yêu cầu rút hồ sơ/ })).toHaveCount(0);
  await expectFitsPhone(citizen, "refused");
  const notice = closure.getByRole("link", { name: /Phiếu từ chối tiếp nhận hồ sơ \(Mẫu 03/ });
  await expectPdf(await citizen.request.get((await notice.getAttribute("href"))!));
  await expectAccessible(citizen);

  // The lookup says it too, without the reason (that is the applicant's).
  await citizen.goto(`/tra-cuu?code=${encodeURIComponent(code)}`);
  await citizen.getByLabel("Số giấy tờ của người nộp").fill("049090012345");
  await citizen.getByRole("button", { name: "Tra cứu" }).click();
  await expect(citizen.getByRole("region", { name: "Hồ sơ đã kết thúc" })).toContainText("Hồ sơ không được tiếp nhận lúc");
  await expect(citizen.getByText("Ngày hẹn trả kết quả")).toHaveCount(0);
  await expect(citizen.getByText(REASON)).toHaveCount(0);
  await expectAccessible(citizen);

  // The list of the citizen's dossiers shows the status too.
  await citizen.goto("/ho-so?trang-thai=3");
  await expect(citizen.getByRole("link", { name: code })).toBeVisible();
  const row = citizen.getByRole("listitem").filter({ has: citizen.getByRole("link", { name: code }) });
  await expect(row).toContainText("Kết thúc lúc");
  await expect(row).not.toContainText("Hẹn trả kết quả");
  await expectAccessible(citizen);
});

test("without JavaScript, refusing still takes a confirmed second step, and reception and assignment take one", async ({
  browser,
  page: citizen,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "Runs once.");
  test.setTimeout(240_000);
  await signIn(citizen, "/ho-so");
  const refused = await submitDossier(citizen, HOUSEHOLD_INCOME);
  const received = await submitDossier(citizen, HOUSEHOLD_INCOME);

  const reception = await officerPage(browser, "tiepnhan@example.vn", `/quan-tri/ho-so/${refused}`, { javaScriptEnabled: false });
  const refuse = actionForm(reception, "Từ chối tiếp nhận");
  await refuse.getByLabel("Lý do").fill(REASON);
  await refuse.getByRole("button", { name: "Từ chối tiếp nhận" }).click();
  // The server answered the first post with the confirmation; nothing changed yet.
  await expect(actionForm(reception, "Từ chối tiếp nhận").getByRole("alert")).toContainText("Xác nhận: Từ chối tiếp nhận");
  await expect(actionForm(reception, "Từ chối tiếp nhận").getByLabel("Lý do")).toHaveValue(REASON);
  await expect(reception.getByText("Mới đăng ký ·")).toBeVisible();
  // (axe and the width check run scripts in the page: the same states are checked with JavaScript above.)
  await actionForm(reception, "Từ chối tiếp nhận").getByRole("button", { name: "Xác nhận từ chối tiếp nhận" }).click();
  await expect(reception.getByText("Không được tiếp nhận ·")).toBeVisible();

  // Receive and assign in one post, the least loaded specialist preselected; both steps are in the history.
  await reception.goto(`/quan-tri/ho-so/${received}`);
  // Whoever is least loaded when this runs (other specs add specialists to An Mỹ): the preselected one.
  const preselected = (await actionForm(reception, "Tiếp nhận và phân công")
    .getByLabel("Phân công chuyên viên xử lý")
    .locator("option:checked")
    .textContent())!.trim();
  expect(preselected).not.toBe("");
  await actionForm(reception, "Tiếp nhận và phân công").getByRole("button", { name: "Tiếp nhận và phân công" }).click();
  await expect(reception.getByText("Đang xử lý ·")).toBeVisible();
  const history = reception.getByRole("region", { name: "Quá trình xử lý" });
  await expect(history.getByText("Tiếp nhận → Được tiếp nhận")).toBeVisible();
  await expect(history.getByText(`Phân công chuyên viên ${preselected.split(" (")[0]}`, { exact: false })).toBeVisible();
});
