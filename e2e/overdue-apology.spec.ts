import { expect, test } from "./fixtures";
import { createCalendar, isWorkingDay, nextWorkingDay } from "../lib/calendar/calendar";
import { addLocalDays, isWeekend, toLocalDateTime } from "../lib/calendar/local-time";
import { HOLIDAYS_2023_2027 } from "../lib/calendar/vietnam-holidays";
import { CLOCK_SERVER_URL, setClockServerNow } from "./clock-server";
import { expectAccessible } from "./helpers";
import { actionForm, expectPdf, officerPage, takeAction } from "./officer-helpers";
import { HOUSEHOLD_INCOME, signIn, submitDossier } from "./submission-helpers";

// Everything here runs on the clock server, whose workflow "now" the test moves (PORTAL_CLOCK_FILE).
test.use({ baseURL: CLOCK_SERVER_URL });

const APOLOGY = "Gửi phiếu xin lỗi, hẹn lại";
/** The seeded holidays: the e2e database's calendar (no spec edits it). */
const seededCalendar = createCalendar(HOLIDAYS_2023_2027.map((h) => h.date));
/** A day (YYYY-MM-DD, Vietnam) as the date input wants it and as the pages print it. */
function day(iso: string) {
  const [y, m, d] = iso.split("-");
  return { iso, shown: `17:00 ${d}/${m}/${y}` };
}
/** The day `days` after today in Vietnam. */
const dayAhead = (days: number) => day(addLocalDays(toLocalDateTime(new Date(), "Asia/Ho_Chi_Minh").date, days));
/** The first working day at least `days` after today: the new appointment must fall on one. */
function workingDayAhead(days: number) {
  const { iso } = dayAhead(days);
  return day(isWorkingDay(iso, seededCalendar) ? iso : nextWorkingDay(iso, seededCalendar));
}
/** The first Saturday or Sunday at least `days` after today. */
function weekendAhead(days: number) {
  let { iso } = dayAhead(days);
  while (!isWeekend(iso)) iso = addLocalDays(iso, 1);
  return day(iso);
}

test.afterEach(() => setClockServerNow(""));

test("an overdue dossier: in the overdue queue, one apology (Mẫu 04) with a new date, which the citizen sees", async ({
  browser,
  page: citizen,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "The journey runs once: the clock server's time is shared.");
  test.setTimeout(300_000);
  setClockServerNow("");

  await signIn(citizen, "/ho-so");
  const code = await submitDossier(citizen, HOUSEHOLD_INCOME);
  const reception = await officerPage(browser, "tiepnhan@example.vn", `/quan-tri/ho-so/${code}`);
  await takeAction(reception, "Tiếp nhận");
  await expect(reception.getByText("Được tiếp nhận ·")).toBeVisible();
  await expect(actionForm(reception, APOLOGY)).toHaveCount(0);

  // 40 days later (15 working days were allowed), the dossier is overdue.
  setClockServerNow("+40d");
  await reception.goto("/quan-tri?queue=qua-han");
  await expect(reception.getByRole("heading", { level: 1, name: "Quá hạn" })).toBeVisible();
  await expectAccessible(reception);
  await reception.getByRole("link", { name: code }).click();
  await expect(reception.getByText("Quá hạn:")).toBeVisible();

  // A new date must lie ahead of "now", and fall on a working day; the refusal sits by the date field.
  const apology = actionForm(reception, APOLOGY);
  await apology.getByLabel("Ngày hẹn trả mới").fill(dayAhead(20).iso);
  await apology.getByLabel("Lý do").fill("Chờ kết quả xác minh thu nhập của cơ quan bảo hiểm xã hội.");
  await apology.getByRole("button", { name: APOLOGY }).click();
  await expect(apology.getByRole("alert")).toContainText("Vui lòng kiểm tra các ô được đánh dấu.");
  await expect(apology.getByLabel("Ngày hẹn trả mới")).toHaveAccessibleDescription(/sau thời điểm hiện tại/);
  await expectAccessible(reception);

  await apology.getByLabel("Ngày hẹn trả mới").fill(weekendAhead(42).iso);
  await apology.getByLabel("Lý do").fill("Chờ kết quả xác minh thu nhập của cơ quan bảo hiểm xã hội.");
  await apology.getByRole("button", { name: APOLOGY }).click();
  await expect(apology.getByLabel("Ngày hẹn trả mới")).toHaveAccessibleDescription(/phải là ngày làm việc/);

  const newDate = workingDayAhead(45);
  await apology.getByLabel("Ngày hẹn trả mới").fill(newDate.iso);
  await apology.getByLabel("Lý do").fill("Chờ kết quả xác minh thu nhập của cơ quan bảo hiểm xã hội.");
  await apology.getByRole("button", { name: APOLOGY }).click();
  await expect(reception.getByRole("status")).toContainText(APOLOGY);
  await expect(reception.getByText(`Ngày hẹn trả mới (theo phiếu xin lỗi): ${newDate.shown}`)).toBeVisible();
  // One apology per late period: none again before the new date passes.
  await expect(actionForm(reception, APOLOGY)).toHaveCount(0);
  await expectAccessible(reception);
  await expectPdf(await reception.request.get(`/ho-so/${code}/phieu/xin-loi`));

  await citizen.goto(`/ho-so/${code}`);
  const facts = citizen.getByRole("region", { name: "Trạng thái hiện tại" });
  await expect(facts.getByText("Ngày hẹn trả kết quả mới (theo phiếu xin lỗi)")).toBeVisible();
  await expect(facts.getByText(newDate.shown)).toBeVisible();
  await expect(citizen.getByText("Xin lỗi và hẹn lại ngày trả kết quả", { exact: true })).toBeVisible();
  const letter = citizen.getByRole("link", { name: "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)" });
  await expectPdf(await citizen.request.get((await letter.getAttribute("href"))!));
  await expectAccessible(citizen);

  // The public lookup shows the new date too.
  await citizen.goto(`/tra-cuu?code=${encodeURIComponent(code)}`);
  await citizen.getByLabel("Số giấy tờ của người nộp").fill("049090012345");
  await citizen.getByRole("button", { name: "Tra cứu" }).click();
  await expect(citizen.getByText(newDate.shown)).toBeVisible();
  await expectAccessible(citizen);

  // Once the new date has passed too, the unit owes a second apology.
  setClockServerNow(`${addLocalDays(newDate.iso, 1)}T09:00:00+07:00`);
  await reception.reload();
  await expect(actionForm(reception, APOLOGY)).toHaveCount(1);
});
