import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails with the list of WCAG 2.2 A/AA violations axe finds on the page as it is now. */
export async function expectAccessible(page: Page) {
  // Next streams the <title> after the body: wait for it, or axe may look before it arrives.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * The page as a 390 px wide phone shows it: no sideways scrolling. With E2E_SCREENSHOTS=<dir>, also saves
 * the phone and the desktop view there as `<name>-phone.png` and `<name>-desktop.png` to look at.
 */
export async function expectFitsPhone(page: Page, name?: string) {
  const before = page.viewportSize();
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir && name) await page.screenshot({ path: `${dir}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  if (dir && name) await page.screenshot({ path: `${dir}/${name}-phone.png`, fullPage: true });
  if (before) await page.setViewportSize(before);
  expect(fits, `no sideways scrolling at 390 px on ${page.url()}`).toBe(true);
}

/** The text of the development mailbox's messages about `code` (DEV_MAILBOX=1 on the e2e servers). */
export async function emailsAbout(page: Page, code: string): Promise<string> {
  const mailbox = await page.context().newPage();
  await mailbox.goto("/dev/hop-thu");
  const texts = await mailbox.locator("li", { hasText: code }).allTextContents();
  await mailbox.close();
  return texts.join("\n");
}
