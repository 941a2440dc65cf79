import { describe, expect, it } from "vitest";
import { DEBIAN_CHROMIUM, ensureBrowser, NO_BROWSER_MESSAGE, type BrowserProbes } from "./browser-choice";

const OWN = "/root/.cache/ms-playwright/chromium-1200/chrome-linux/chrome";

/** A machine with the given files; commands listed in `installs` succeed and create those files. */
function machine(options: { files?: string[]; chromiumPath?: string; isRoot?: boolean; installs?: Record<string, string> } = {}) {
  const files = new Set(options.files ?? []);
  const ran: string[] = [];
  const probes: BrowserProbes = {
    chromiumPath: options.chromiumPath,
    exists: (file) => files.has(file),
    playwrightChromium: () => OWN,
    run: (command, args) => {
      const line = [command, ...args].join(" ");
      ran.push(line);
      const created = options.installs?.[line];
      if (created === undefined) return false;
      if (created) files.add(created);
      return true;
    },
    isRoot: options.isRoot ?? false,
    log: () => {},
  };
  return { probes, ran };
}

describe("ensureBrowser", () => {
  it("takes CHROMIUM_PATH first, and refuses one that does not exist instead of looking elsewhere", () => {
    const given = machine({ chromiumPath: "/opt/chrome", files: ["/opt/chrome", DEBIAN_CHROMIUM] });
    expect(ensureBrowser(given.probes)).toMatchObject({ ok: true, browser: { executablePath: "/opt/chrome" } });
    const wrong = machine({ chromiumPath: "/opt/nothing", files: [DEBIAN_CHROMIUM], isRoot: true });
    const result = ensureBrowser(wrong.probes);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("CHROMIUM_PATH=/opt/nothing") });
    expect(wrong.ran).toEqual([]);
  });

  it("uses Debian's Chromium, else Playwright's own browser, without installing anything", () => {
    const debian = machine({ files: [DEBIAN_CHROMIUM, OWN] });
    expect(ensureBrowser(debian.probes)).toMatchObject({ ok: true, browser: { executablePath: DEBIAN_CHROMIUM } });
    const own = machine({ files: [OWN] });
    expect(ensureBrowser(own.probes)).toMatchObject({ ok: true, browser: { executablePath: undefined } });
    expect([...debian.ran, ...own.ran]).toEqual([]);
  });

  it("downloads Playwright's browser when none is installed", () => {
    const m = machine({ installs: { "npx playwright install chromium": OWN }, isRoot: true });
    expect(ensureBrowser(m.probes)).toMatchObject({ ok: true, browser: { executablePath: undefined } });
    expect(m.ran).toEqual(["npx playwright install chromium"]);
  });

  it("as root, installs Debian's package when the download is not possible", () => {
    const m = machine({ isRoot: true, installs: { "apt-get update": "", "apt-get install -y chromium": DEBIAN_CHROMIUM } });
    expect(ensureBrowser(m.probes)).toMatchObject({ ok: true, browser: { executablePath: DEBIAN_CHROMIUM } });
    expect(m.ran).toEqual(["npx playwright install chromium", "apt-get update", "apt-get install -y chromium"]);
  });

  it("otherwise stops with one line saying what to run", () => {
    const user = machine();
    expect(ensureBrowser(user.probes)).toEqual({ ok: false, message: NO_BROWSER_MESSAGE });
    expect(user.ran).toEqual(["npx playwright install chromium"]);
    const root = machine({ isRoot: true, installs: { "apt-get update": "" } });
    expect(ensureBrowser(root.probes)).toEqual({ ok: false, message: NO_BROWSER_MESSAGE });
    expect(NO_BROWSER_MESSAGE).not.toContain("\n");
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install -y chromium.*npx playwright install chromium.*CHROMIUM_PATH/);
  });
});
