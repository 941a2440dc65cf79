import { expect, test, type Page } from "./fixtures";
import { emailsAbout, expectAccessible } from "./helpers";

/**
 * Feedback from the English page (docs/i18n.md): the form, its field errors, the review and the
 * confirmation are English; the no-JavaScript step 2 posts to /en/phan-anh-kien-nghi/gui and lands on the
 * English confirmation; the item is English, so the receipt mail is English with the Vietnamese below.
 */

test.describe.configure({ timeout: 300_000 });

async function expectEnglish(page: Page, heading: string) {
  await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("body")).not.toContainText("⟦");
}

test("a visitor sends feedback from the English page and gets the English confirmation and receipt mail", async ({ page }, testInfo) => {
  const word = `en${testInfo.project.name.slice(0, 1)}${Date.now().toString(36)}`;
  const subject = `Broken street light on Tran Phu street ${word}`;
  const phone = `09${String(Date.now()).slice(-8)}`;
  const email = `visitor.${word}@example.com`;
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));

  await page.goto("/en/phan-anh-kien-nghi");
  await expectEnglish(page, "Send feedback or a petition");
  await expectAccessible(page);

  // Field errors in English (the schema's keys, turned into text on the page).
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the following" })).toBeVisible();
  await expect(page.locator("#pakn-subject-loi")).toHaveText("The subject must be 5 to 200 characters long.");
  await expect(page.locator("#pakn-kind-loi")).toHaveText("Please choose the kind: question, report or petition.");
  await expectAccessible(page);

  await page.getByLabel("Report", { exact: true }).check();
  await page.getByLabel("Subject", { exact: true }).fill(subject);
  await page.getByLabel("Details", { exact: true }).fill("The street light in front of number 12 has been broken for three weeks.");
  await page.getByLabel("Full name", { exact: true }).fill("John Smith");
  await page.getByLabel("Phone number", { exact: true }).fill(phone);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Continue" }).click();

  await expectEnglish(page, "Check and send");
  await expect(page.getByText(subject)).toBeVisible();
  await expectAccessible(page);
  // Step 2 is a plain multipart form (no JavaScript needed): it posts to the English handler.
  await expect(page.locator('form[enctype="multipart/form-data"]')).toHaveAttribute("action", "/en/phan-anh-kien-nghi/gui");
  await page.getByRole("button", { name: "Send feedback" }).click();

  await expect(page).toHaveURL(/\/en\/phan-anh-kien-nghi\/da-gui\?ma=PAKN-/);
  await expectEnglish(page, "Feedback sent");
  const code = (await page.locator("p.font-mono").textContent())?.trim() ?? "";
  expect(code).toMatch(/^PAKN-\d{6}-\d{4}$/);
  await expect(page.getByText("Please note this code.")).toBeVisible();
  await expectAccessible(page);

  // Following it: the English lookup page, prefilled with the code.
  await page.getByRole("link", { name: "Follow its progress" }).click();
  await expectEnglish(page, "Look up feedback");
  await page.getByLabel("Phone number").fill(phone);
  await page.getByRole("button", { name: "Look up", exact: true }).click();
  await expect(page.getByRole("heading", { name: subject })).toBeVisible();
  await expect(page.getByText("Received", { exact: true })).toBeVisible();
  await expect(page.getByText("Feedback sent", { exact: true })).toBeVisible();
  await expectAccessible(page);

  await expect(async () => {
    const mail = await emailsAbout(page, code);
    expect(mail).toContain(`Feedback ${code} received`);
    expect(mail).toContain("Dear John Smith,");
    expect(mail).toContain("Kính gửi John Smith,");
  }).toPass({ timeout: 30_000 });
  expect(errors).toEqual([]);
});
