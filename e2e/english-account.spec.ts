import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "./fixtures";
import { lastEmailedPath, uniqueIdentity } from "./accounts-mail";
import { expectAccessible, expectFitsPhone } from "./helpers";
import { AN_MY, BIRTH_REGISTRATION } from "./submission-helpers";

/**
 * A newcomer does everything in English (docs/i18n.md): registers, gets the verification mail in English, signs in,
 * follows a dossier filed in English, and looks it up by code — also without JavaScript, where a refused field
 * is explained in English next to the field.
 */

const CITIZEN = { email: "congdan@example.vn", password: "CongDan@2024" };

/** The text of the last mail to `to`, from the development mailbox page (DEV_MAILBOX=1 on the e2e servers). */
async function lastMailText(page: Page, to: string): Promise<string> {
  const mailbox = await page.context().newPage();
  await mailbox.goto("/dev/hop-thu");
  const text = (await mailbox.locator("li", { hasText: to }).first().textContent()) ?? "";
  await mailbox.close();
  return text;
}

test("a newcomer registers in English, gets the verification mail in English, verifies and signs in", async ({ page }) => {
  const id = uniqueIdentity();
  await page.goto("/en/dang-ky");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Full name").fill("Jane Tran");
  await page.getByLabel("Citizen ID number (CCCD)").fill("12345");
  await page.getByLabel("Date of birth").fill("1990-03-08");
  await page.getByLabel("Mobile phone number").fill("0905 222 333");
  await page.getByLabel("Email").fill(id.email);
  await page.getByLabel("Contact address").fill("5 Nguyen Du, An My ward, Tam Ky");
  await page.getByLabel("Password", { exact: true }).fill("JaneTran@2025");
  await page.getByLabel("Enter the password again").fill("JaneTran@2025");
  await page.getByRole("button", { name: "Create account" }).click();
  // Refused in English, next to the field; what was typed is kept.
  await expect(page.getByText("The citizen ID number must be exactly 12 digits.").first()).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Jane Tran");
  await expectAccessible(page);

  await page.getByLabel("Citizen ID number (CCCD)").fill(id.cccd);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/en\/dang-nhap\?tb=da-dang-ky/);
  await expect(page.getByRole("status").filter({ hasText: "We have your registration" })).toBeVisible();

  const mail = await lastMailText(page, id.email);
  expect(mail).toContain("Verify the email of your Quảng Nam Public Service Portal account");
  expect(mail).toContain("Hello Jane Tran");
  const verifyPath = await lastEmailedPath(page, id.email, "/en/xac-minh-email");
  await page.goto(verifyPath);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Verify email" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your email has been verified." })).toBeVisible();

  await page.goto("/en/dang-nhap");
  await page.getByLabel("Citizen ID, tax code or email").fill(id.cccd);
  await page.getByRole("textbox", { name: /^Password/ }).fill("JaneTran@2025");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/tai-khoan$/);
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await expectAccessible(page);
});

test("a dossier filed in English is followed in English, and found by code in English with and without JavaScript", async ({
  page,
  browser,
  isMobile,
}) => {
  await page.goto("/en/ho-so");
  await expect(page).toHaveURL(/\/en\/dang-nhap\?next=/);
  await page.getByLabel("Citizen ID, tax code or email").fill(CITIZEN.email);
  await page.getByRole("textbox", { name: /^Password/ }).fill(CITIZEN.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/ho-so$/);

  const response = await page.request.post("/api/v1/dossiers", {
    data: { ...BIRTH_REGISTRATION, receivingUnitCode: AN_MY, locale: "en" },
    headers: { "Idempotency-Key": randomUUID(), Origin: new URL(page.url()).origin },
  });
  expect(response.status(), await response.text()).toBe(201);
  const code = (await response.json()).code as string;

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "My dossiers" })).toBeVisible();
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: code }) });
  await expect(row).toContainText("Newly filed");
  await expectAccessible(page);
  if (isMobile) await expectFitsPhone(page);

  await row.getByRole("link", { name: code }).click();
  await expect(page).toHaveURL(`/en/ho-so/${encodeURIComponent(code)}`);
  await expect(page.getByText("Dossier filed").first()).toBeVisible();
  await expect(page.getByText("Your dossier is waiting to be received by the agency.")).toBeVisible();
  const idNumber = (await page.locator("dt", { hasText: "Applicant's ID number" }).locator("xpath=following-sibling::dd[1]").innerText()).trim();
  expect(idNumber).toMatch(/^[0-9A-Z-]{6,20}$/);
  await expectAccessible(page);

  // The public lookup, without JavaScript: a malformed code is refused next to its field, in English.
  const noScript = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
  const lookup = await noScript.newPage();
  try {
    await lookup.goto("/en/tra-cuu");
    await expect(lookup.getByRole("heading", { level: 1, name: "Track a dossier" })).toBeVisible();
    await lookup.getByLabel("Dossier code").fill("not a code!");
    await lookup.getByLabel("Applicant's ID number").fill("049090000001");
    await lookup.getByRole("button", { name: "Track" }).click();
    await expect(lookup.locator("html")).toHaveAttribute("lang", "en");
    await expect(lookup.getByText("A dossier code has only letters, digits, dots and hyphens (40 characters at most).").first()).toBeVisible();
    await expect(lookup.getByLabel("Dossier code")).toHaveValue("not a code!");

    // A well-formed code with the wrong ID number finds nothing; the right one shows the status in English.
    await lookup.getByLabel("Dossier code").fill(code);
    await lookup.getByLabel("Applicant's ID number").fill("049090999999");
    await lookup.getByRole("button", { name: "Track" }).click();
    await expect(lookup.getByText("No dossier matches this dossier code and ID number. Check both.")).toBeVisible();
    await lookup.getByLabel("Applicant's ID number").fill(idNumber);
    await lookup.getByRole("button", { name: "Track" }).click();
    await expect(lookup.getByText("Newly filed").first()).toBeVisible();
    await expectAccessible(lookup);
  } finally {
    await noScript.close();
  }
});
