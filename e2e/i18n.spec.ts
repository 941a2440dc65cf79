import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext } from "@playwright/test";
import { localizeHref, type Locale } from "../lib/i18n/locales";
import { test as base, expect, type Page } from "./fixtures";
import { expectAccessible } from "./helpers";
import { enumerateRoutes, matchRoute } from "./hostile-routes";
import { enterOfficerPassword, signInOfficer } from "./officer-helpers";
import { AN_MY, BIRTH_REGISTRATION, signIn, submitDossier } from "./submission-helpers";

/**
 * Every page in both languages (docs/i18n.md): each page the suite knows, as the visitor, the citizen and
 * the officers who may open it, at /x and /en/x, at 320 and 390 px (phone project) and at the desktop
 * width (desktop project). On each: the expected answer without a detour to sign in, `<html lang>`, the
 * header's switcher pointing at the same page in the other language, the hreflang Link header, no missing
 * catalog key (⟦ns.key⟧) and no raw key in the text, no sideways scrolling, and axe. Every problem of a
 * test is collected and reported together. A page added under app/[locale] must be added here (or to
 * NOT_CRAWLED with a reason): the first test fails until it is.
 */

type Role = "visitor" | "citizen" | "second-factor" | "reception" | "administrator" | "unit-administrator" | "operator";
type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
/** What the signed-in citizen owns, made once per worker: paths of their own pages need it. */
interface CitizenData {
  dossierCode: string;
  feedbackCode: string;
  feedbackId: string;
  /** A service the unit administrator may edit (an agency edits its own services only). */
  editableService: string;
}
type PathOf = (data: CitizenData) => string;

const NOT_FOUND = "/khong-co-trang-nay";
const SERVICE = BIRTH_REGISTRATION.serviceCode;

/** The pages each role opens; a path is Vietnamese (bare), the English one is derived. */
const PAGES: Record<Role, PathOf[]> = {
  visitor: [
    () => "/",
    () => "/thu-tuc",
    () => "/thu-tuc?q=khai%20sinh",
    () => "/thu-tuc?page=2",
    () => `/thu-tuc/${SERVICE}`,
    () => "/tra-cuu",
    () => "/co-quan",
    () => `/co-quan/${AN_MY}`,
    () => "/thong-ke",
    () => "/thong-ke/chi-so",
    () => "/dang-nhap",
    () => "/dang-ky",
    () => "/dang-ky?loai=doanh-nghiep",
    () => "/quen-mat-khau",
    () => "/quen-mat-khau/dat-lai",
    () => "/xac-minh-email",
    () => "/phan-anh-kien-nghi",
    () => "/phan-anh-kien-nghi/tra-cuu",
    () => "/phan-anh-kien-nghi/da-tra-loi",
    (d) => `/phan-anh-kien-nghi/da-gui?ma=${d.feedbackCode}`,
    () => "/dev/hop-thu",
    () => NOT_FOUND,
  ],
  citizen: [
    () => "/ho-so",
    (d) => `/ho-so/${d.dossierCode}`,
    () => "/tai-khoan",
    () => "/tai-khoan/phan-anh",
    (d) => `/tai-khoan/phan-anh/${d.feedbackCode}`,
    () => "/thong-bao",
    () => `/thu-tuc/${SERVICE}/nop-ho-so`,
    (d) => `/thu-tuc/${SERVICE}/nop-ho-so/da-nop?ma=${d.dossierCode}`,
    () => "/dang-xuat",
  ],
  "second-factor": [() => "/dang-nhap/xac-thuc"],
  reception: [
    () => "/quan-tri",
    () => "/quan-tri?queue=tat-ca",
    () => "/quan-tri?queue=dang-xu-ly",
    () => "/quan-tri/tiep-nhan-tai-quay",
    (d) => `/quan-tri/ho-so/${d.dossierCode}`,
  ],
  administrator: [
    () => "/quan-tri/can-bo",
    () => "/quan-tri/ngay-nghi",
    () => "/quan-tri/nhat-ky",
    () => "/quan-tri/danh-gia",
    () => "/quan-tri/bao-cao",
  ],
  "unit-administrator": [() => "/quan-tri/thu-tuc", (d) => `/quan-tri/thu-tuc/${d.editableService}`],
  operator: [() => "/quan-tri/phan-anh", () => "/quan-tri/phan-anh/nhap", (d) => `/quan-tri/phan-anh/${d.feedbackId}`],
};

/** Pages of app/[locale] the crawl leaves out, and why. */
const NOT_CRAWLED: Record<string, string> = {
  "/thu-tuc/trang/[page]": "the cached catalog pages: opened at their public address /thu-tuc?page=2 (a rewrite in next.config.mjs)",
  "/thanh-toan-thu/[id]": "needs a fee the unit's specialist asked for (three officers' steps); e2e/fees.spec.ts opens it with axe",
};

/** Demo accounts of each signed-in role (db/seed/demo-officers.ts, db/seed/demo-accounts.ts). */
const OFFICERS = {
  reception: "tiepnhan@example.vn",
  administrator: "quantri@example.vn",
  "unit-administrator": "quantri.sxd@example.vn",
  operator: "tongdai@example.vn",
} as const;
/** Only the password: the page asking for the authenticator code. An officer none of the other roles use. */
const HALF_SIGNED_IN_OFFICER = "lanhdao@example.vn";

/** Namespaces of the catalog: text like "common.nav.home" is a key shown instead of its message. */
const NAMESPACES = readdirSync(path.resolve("messages/vi")).map((file) => file.replace(/\.json$/, ""));
const RAW_KEY = new RegExp(`\\b(?:${NAMESPACES.join("|")})\\.[a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*`);

const LOCALE_NAMES: Record<Locale, string> = { vi: "Vietnamese", en: "English" };
const ROLE_NAMES: Record<Role, string> = {
  visitor: "a visitor's",
  citizen: "a citizen's",
  "second-factor": "the authenticator code's",
  reception: "a reception officer's",
  administrator: "a system administrator's",
  "unit-administrator": "an agency administrator's",
  operator: "a 1022 operator's",
};

/**
 * Signed-in states, made once per worker and reused by its tests: an officer may sign in once per 30 s
 * (each authenticator code works once), so signing in per test would mostly wait.
 */
class SignedInStates {
  private readonly made = new Map<string, Promise<unknown>>();
  constructor(
    private readonly browser: Browser,
    private readonly baseURL: string,
  ) {}

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.made.has(key)) this.made.set(key, make());
    return this.made.get(key) as Promise<T>;
  }

  private async inContext<T>(work: (page: Page, context: BrowserContext) => Promise<T>, storageState?: StorageState): Promise<T> {
    const context = await this.browser.newContext({ baseURL: this.baseURL, storageState });
    try {
      return await work(await context.newPage(), context);
    } finally {
      await context.close();
    }
  }

  /** The demo citizen, with a dossier and a feedback item of their own. */
  citizen(): Promise<{ state: StorageState; data: Pick<CitizenData, "dossierCode" | "feedbackCode"> }> {
    return this.once("citizen", () =>
      this.inContext(async (page, context) => {
        await signIn(page, "/ho-so");
        const origin = new URL(page.url()).origin;
        const dossierCode = await submitDossier(page, BIRTH_REGISTRATION, AN_MY);
        const feedback = await page.request.post("/api/v1/feedback", {
          data: {
            kind: "hoi-thong-tin",
            subject: `Giờ làm việc bộ phận một cửa ${randomUUID().slice(0, 8)}`,
            content: "Bộ phận một cửa phường An Mỹ làm việc sáng thứ Bảy không?",
            senderName: "Nguyễn Văn An",
            senderPhone: "0905123456",
            consentToPublish: false,
          },
          headers: { Origin: origin },
        });
        expect(feedback.status(), await feedback.text()).toBe(201);
        const data = { dossierCode, feedbackCode: ((await feedback.json()) as { code: string }).code };
        return { state: await context.storageState(), data };
      }),
    );
  }

  /** What the citizen owns; for the operator, also the feedback item's id as their list links it. */
  data(role: Role): Promise<CitizenData> {
    if (role === "unit-administrator") {
      return this.once("service", async () => {
        const admin = await this.officer("unit-administrator");
        const editableService = await this.inContext(async (page) => {
          await page.goto("/quan-tri/thu-tuc");
          const href = await page.locator('main a[href^="/quan-tri/thu-tuc/"]').first().getAttribute("href");
          const code = /\/quan-tri\/thu-tuc\/([^/?#]+)$/.exec(href ?? "")?.[1];
          if (!code) throw new Error(`The agency administrator's service list links ${href}`);
          return decodeURIComponent(code);
        }, admin);
        return { dossierCode: "", feedbackCode: "", feedbackId: "", editableService };
      });
    }
    if (role !== "operator") return this.citizen().then(({ data }) => ({ ...data, feedbackId: "", editableService: "" }));
    return this.once("data", async () => {
      const { data } = await this.citizen();
      const operator = await this.officer("operator");
      const feedbackId = await this.inContext(async (page) => {
        await page.goto(`/quan-tri/phan-anh?q=${encodeURIComponent(data.feedbackCode)}`);
        const href = await page.getByRole("link", { name: data.feedbackCode, exact: true }).getAttribute("href");
        const id = /\/quan-tri\/phan-anh\/([^/?#]+)$/.exec(href ?? "")?.[1];
        if (!id) throw new Error(`The operator's list links ${data.feedbackCode} as ${href}`);
        return id;
      }, operator);
      return { ...data, feedbackId, editableService: "" };
    });
  }

  officer(role: keyof typeof OFFICERS): Promise<StorageState> {
    return this.once(role, () =>
      this.inContext(async (page, context) => {
        await signInOfficer(page, OFFICERS[role]);
        return context.storageState();
      }),
    );
  }

  /** An officer who gave the password and is asked for the authenticator code: made for each test, as that step does not wait long. */
  halfSignedIn(): Promise<StorageState> {
    return this.inContext(async (page, context) => {
      await enterOfficerPassword(page, HALF_SIGNED_IN_OFFICER);
      return context.storageState();
    });
  }

  state(role: Role): Promise<StorageState | undefined> {
    switch (role) {
      case "visitor":
        return Promise.resolve(undefined);
      case "citizen":
        return this.citizen().then((c) => c.state);
      case "second-factor":
        return this.halfSignedIn();
      default:
        return this.officer(role);
    }
  }
}

const test = base.extend<{ role: Role }, { states: SignedInStates }>({
  role: ["visitor", { option: true }],
  storageState: async ({ role, states }, provide) => provide(await states.state(role)),
  states: [
    async ({ browser }, provide, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error("The crawl needs the project's baseURL");
      await provide(new SignedInStates(browser, baseURL));
    },
    { scope: "worker" },
  ],
});

/** The Link header's alternates as hreflang → path. */
function alternatesOf(link: string | undefined): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of (link ?? "").matchAll(/<([^>]+)>\s*;\s*rel="alternate"\s*;\s*hreflang="([^"]+)"/g)) found[m[2]!] = new URL(m[1]!).pathname;
  return found;
}

/** Opens one page and returns what is wrong with it (nothing: an empty list). */
async function problemsOf(page: Page, bare: string, locale: Locale, width: number): Promise<string[]> {
  const address = localizeHref(bare, locale);
  const where = `${address} at ${width} px`;
  const problems: string[] = [];
  const barePath = bare.replace(/[?#].*$/, "");
  const response = await page.goto(address);
  const expected = bare === NOT_FOUND ? 404 : 200;
  if (response?.status() !== expected) problems.push(`${where}: answered ${response?.status()}, not ${expected}`);
  const landed = new URL(page.url()).pathname;
  if (landed !== localizeHref(barePath, locale)) problems.push(`${where}: ended on ${landed}`);

  const alternates = alternatesOf(response?.headers()["link"]);
  const wanted = { vi: localizeHref(barePath, "vi"), en: localizeHref(barePath, "en"), "x-default": localizeHref(barePath, "vi") };
  for (const [hreflang, target] of Object.entries(wanted)) {
    if (alternates[hreflang] !== target)
      problems.push(`${where}: Link header names ${alternates[hreflang] ?? "nothing"} for hreflang=${hreflang}, not ${target}`);
  }

  const seen = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll("[aria-label], [alt], [placeholder], [title]")].flatMap((el) =>
      ["aria-label", "alt", "placeholder", "title"].map((name) => el.getAttribute(name) ?? ""),
    );
    const switcher = document.querySelector("header a[hreflang]");
    return {
      lang: document.documentElement.lang,
      switcher: switcher ? { href: switcher.getAttribute("href"), hreflang: switcher.getAttribute("hreflang") } : null,
      text: [document.title, document.body.innerText, ...attributes].join("\n"),
      html: document.documentElement.outerHTML,
      scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
      innerWidth: window.innerWidth,
    };
  });
  if (seen.lang !== locale) problems.push(`${where}: <html lang="${seen.lang}">`);
  const other: Locale = locale === "vi" ? "en" : "vi";
  const switchTo = localizeHref(barePath, other);
  if (seen.switcher?.href !== switchTo || seen.switcher.hreflang !== other) {
    problems.push(
      `${where}: the language switcher points to ${seen.switcher ? `${seen.switcher.href} (${seen.switcher.hreflang})` : "nothing"}, not ${switchTo}`,
    );
  }
  const missing = [...new Set(seen.html.match(/⟦[^⟧]*⟧/g) ?? [])];
  if (missing.length) problems.push(`${where}: missing keys ${missing.slice(0, 5).join(", ")}`);
  const raw = RAW_KEY.exec(seen.text);
  if (raw) problems.push(`${where}: a raw key in the text: ${raw[0]}`);
  if (seen.scrollWidth > seen.innerWidth) problems.push(`${where}: ${seen.scrollWidth} px wide`);

  const dir = process.env.E2E_SCREENSHOTS;
  if (dir && width <= 320) await page.screenshot({ path: `${dir}/w${width}-${locale}${bare.replace(/[^a-z0-9]+/gi, "_")}.png`, fullPage: true });
  try {
    await expectAccessible(page);
  } catch (error) {
    const lines = (error as Error).message.split("\n").filter((line) => line.includes(":"));
    problems.push(`${where}: axe ${lines.slice(0, 6).join(" | ")}`);
  }
  return problems;
}

test.describe.configure({ timeout: 900_000 });

test("the crawl opens every page of app/[locale], or says why not", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "reads files only: once is enough");
  const sample: CitizenData = { dossierCode: "X", feedbackCode: "X", feedbackId: "X", editableService: "X" };
  const crawled = Object.values(PAGES).flatMap((paths) => paths.map((pathOf) => pathOf(sample).replace(/[?#].*$/, "")));
  const pages = enumerateRoutes(path.resolve("app/[locale]")).filter((route) => route.kind === "page");
  const left = pages.filter((route) => !(route.pattern in NOT_CRAWLED) && !crawled.some((p) => matchRoute(route, p)));
  expect(left.map((route) => route.pattern)).toEqual([]);
  // An exclusion for a page that is gone, or that the crawl opens after all, is stale.
  const patterns = new Set(pages.map((route) => route.pattern));
  expect(Object.keys(NOT_CRAWLED).filter((pattern) => !patterns.has(pattern))).toEqual([]);
});

for (const role of Object.keys(PAGES) as Role[]) {
  test.describe(() => {
    test.use({ role });
    for (const locale of ["vi", "en"] as const) {
      test(`${ROLE_NAMES[role]} pages in ${LOCALE_NAMES[locale]}: lang, switcher, hreflang, no missing key, no sideways scroll, axe`, async ({
        page,
        states,
        isMobile,
      }) => {
        const [first, ...others] = isMobile ? [320, 390] : [page.viewportSize()?.width ?? 1280];
        const data = role === "second-factor" || role === "administrator" ? null : await states.data(role);
        const paths = PAGES[role].map((pathOf) => pathOf(data ?? { dossierCode: "", feedbackCode: "", feedbackId: "", editableService: "" }));
        const problems: string[] = [];
        for (const bare of paths) {
          // Every check at the first width; at the others the same page, resized, must still not scroll sideways
          // (a second load and axe run per width doubled the phone's crawl, the longest part of CI).
          await page.setViewportSize({ width: first!, height: 800 });
          problems.push(...(await problemsOf(page, bare, locale, first!)));
          for (const width of others) {
            await page.setViewportSize({ width, height: 800 });
            const wide = await page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
            if (wide > 0) problems.push(`${localizeHref(bare, locale)} at ${width} px: ${wide} px too wide`);
          }
        }
        expect(problems).toEqual([]);
      });
    }
  });
}
