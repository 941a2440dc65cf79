import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Whether the page runs timers, i.e. its context has JavaScript enabled. */
async function pageRunsTimers(page: Page): Promise<boolean> {
  const timer = page.evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0)));
  return Promise.race([timer, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000))]);
}

/**
 * Fails with the list of WCAG 2.2 A/AA violations axe finds on the page as it is now.
 *
 * In a context with JavaScript disabled (`javaScriptEnabled: false`), Chromium still evaluates Playwright's
 * scripts but never fires their timers, and axe-core waits on setTimeout: `analyze()` never returns (what
 * "axe hung on /thong-ke" was). There the page's DOM as it is now, without its scripts, is served at the
 * same address to a JavaScript-enabled page of a fresh context of the same size, and axe runs on that.
 */
export async function expectAccessible(page: Page) {
  // Next streams the <title> after the body: wait for it, or axe may look before it arrives.
  await expect(page).toHaveTitle(/\S/);
  if (await pageRunsTimers(page)) return expectNoAxeViolations(page, page.url());
  const url = page.url();
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const browser = page.context().browser();
  if (!browser) throw new Error("expectAccessible: the page has no browser to open a second context in");
  const viewport = page.viewportSize();
  // Contexts opened in a test inherit its `use` options: ask for JavaScript explicitly.
  const context = await browser.newContext({ javaScriptEnabled: true, ...(viewport ? { viewport } : {}) });
  try {
    const copy = await context.newPage();
    await copy.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
    await copy.goto(url);
    await expectNoAxeViolations(copy, url);
  } finally {
    await context.close();
  }
}

async function expectNoAxeViolations(page: Page, url: string) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${url}`).toEqual([]);
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
