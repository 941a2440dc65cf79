import { test as base, expect, type BrowserContext } from "@playwright/test";

/**
 * Every spec imports `test` and `expect` from here: the run fails on any Content-Security-Policy violation
 * the browser reports, in the test's own page and in every context it opens (officers sign in in contexts
 * of their own). Chrome logs each violation to the console; the `securitypolicyviolation` event is logged
 * too, for the ones it would only report to script. A test that provokes a violation on purpose (a page
 * framing the portal) names it in `allowedCspViolations`.
 */
export const test = base.extend<{ allowedCspViolations: RegExp[]; cspGuard: void }>({
  allowedCspViolations: [[], { option: true }],
  cspGuard: [
    async ({ browser, context, allowedCspViolations }, runTest, testInfo) => {
      const violations: string[] = [];
      const watch = async (watched: BrowserContext) => {
        watched.on("console", (message) => {
          const text = message.text();
          if (/Content Security Policy|securitypolicyviolation/i.test(text) && !allowedCspViolations.some((allowed) => allowed.test(text))) {
            violations.push(`${message.page()?.url() ?? "?"}: ${text}`);
          }
        });
        await watched.addInitScript(() => {
          document.addEventListener("securitypolicyviolation", (event) => {
            console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI}`);
          });
        });
      };
      await watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const created = await newContext(...args);
        await watch(created);
        return created;
      };
      try {
        await runTest();
      } finally {
        browser.newContext = newContext;
      }
      if (testInfo.status === testInfo.expectedStatus) {
        expect(violations, "Content-Security-Policy violations reported by the browser").toEqual([]);
      }
    },
    { auto: true },
  ],
});

export { expect };
export type { APIResponse, Browser, BrowserContext, Locator, Page } from "@playwright/test";
