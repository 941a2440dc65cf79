import { writeFileSync } from "node:fs";
import { request as requestFactory, type APIRequestContext } from "@playwright/test";
import { expect, test, type APIResponse, type Browser, type Page } from "./fixtures";
import { signInOfficer } from "./officer-helpers";
import { BAD_FIELD_VALUES, BAD_QUERY_VALUES, BAD_SEGMENTS, badBodies, buildPath, enumerateRoutes, matchRoute, type AppRoute } from "./hostile-routes";
import { startHostileServer, uncaughtErrors, type HostileServer } from "./hostile-server";
import { CITIZEN, HOUSEHOLD_INCOME, AN_MY } from "./submission-helpers";

/**
 * The hostile-input suite (docs/security.md): every route under app/ — pages, route handlers and the
 * server actions behind the forms of the pages — gets a corpus of bad input (encodings, NUL, huge and
 * negative numbers, arrays for strings, wrong content types, malformed multipart, bad JSON, big bodies)
 * as anonymous, citizen and officers, on a production server of its own. Any 5xx, any failed request
 * and any uncaught error in the server's output fails it.
 */

interface Role {
  name: string;
  request: APIRequestContext;
  /** Officers of the same area share its routes: the path and body corpus goes to the first of them only. */
  pathsAndBodies: boolean;
}

interface FormField {
  name: string;
  value: string;
  type: string;
  checked: boolean;
}

interface ParsedForm {
  method: string;
  action: string | null;
  fields: FormField[];
  /** The name/value of its first named submit button, sent as a click would. */
  submitter: { name: string; value: string } | null;
  buttonText: string;
}

const CONCURRENCY = 6;
/** A route's real values found by the crawl are capped, so one long list does not multiply the run. */
const MAX_INSTANCES = 2;
const MAX_PAGES_PER_ROLE = 60;
const SIGN_OUT = /Đăng xuất/;

/** Values for dynamic segments no page links to (for this role): still one plausible value each. */
const FALLBACK: Record<string, string[]> = {
  "/api/auth/[...nextauth]": ["session", "csrf", "providers", "callback/credentials", "signin", "signout", "error"],
  "/thu-tuc/[code]": [HOUSEHOLD_INCOME.serviceCode],
  "/thu-tuc/[code]/nop-ho-so": [HOUSEHOLD_INCOME.serviceCode],
  "/thu-tuc/[code]/nop-ho-so/da-nop": [HOUSEHOLD_INCOME.serviceCode],
  "/thu-tuc/trang/[page]": ["1", "2"],
  "/api/v1/services/[code]": [HOUSEHOLD_INCOME.serviceCode],
};

/** The security review's cases (docs/security.md), named once more so that their answers are asserted one by one. */
const REVIEW_CASES: { role: string; method: string; path: string; body?: "multipart" | "json-nul" }[] = [
  { role: "anonymous", method: "GET", path: "/api/v1/services/%25" },
  { role: "anonymous", method: "GET", path: "/thu-tuc/%25" },
  { role: "anonymous", method: "GET", path: "/thu-tuc/%00" },
  { role: "citizen", method: "POST", path: "/ho-so/%25/tai-len", body: "multipart" },
  { role: "citizen", method: "GET", path: "/ho-so/%25/tep/x" },
  { role: "citizen", method: "GET", path: "/ho-so/%00" },
  { role: "citizen", method: "GET", path: `/thu-tuc/${HOUSEHOLD_INCOME.serviceCode}/nop-ho-so?draft=abc` },
  { role: "citizen", method: "GET", path: `/thu-tuc/${HOUSEHOLD_INCOME.serviceCode}/nop-ho-so/da-nop?ma=%00` },
  { role: "citizen", method: "GET", path: `/thanh-toan-thu/${"-".repeat(36)}` },
  { role: "citizen", method: "GET", path: `/ho-so/${AN_MY}-260101-0001/tep/${"-".repeat(36)}` },
  { role: "citizen", method: "POST", path: "/api/v1/dossiers", body: "json-nul" },
  { role: "officer tiepnhan", method: "POST", path: "/quan-tri/ho-so/%25/tai-len", body: "multipart" },
  { role: "officer tiepnhan", method: "GET", path: "/quan-tri/ho-so/%25/tep/x" },
  { role: "officer tiepnhan", method: "GET", path: "/quan-tri/ho-so/%00" },
  { role: "officer tiepnhan", method: "GET", path: "/quan-tri?queue=tat-ca&q=%00" },
];
const FALLBACK_BY_NAME: Record<string, string> = {
  code: `${AN_MY}-260101-0001`,
  id: "0f8fad5b-d9cb-469f-a165-70867728950e",
  fileId: "0f8fad5b-d9cb-469f-a165-70867728950e",
  kind: "yeu-cau-bo-sung",
  page: "1",
};

class Findings {
  requests = 0;
  byRole = new Map<string, number>();
  failures: string[] = [];
  actions = new Set<string>();
  forms = new Set<string>();

  record(role: string, method: string, url: string, response: APIResponse | Error, body?: string) {
    this.requests++;
    this.byRole.set(role, (this.byRole.get(role) ?? 0) + 1);
    if (response instanceof Error) this.failures.push(`${role} ${method} ${url.slice(0, 200)} → ${response.message.split("\n")[0]}`);
    else if (response.status() >= 500)
      this.failures.push(`${role} ${method} ${url.slice(0, 200)} → ${response.status()} ${(body ?? "").slice(0, 200).replace(/\s+/g, " ")}`);
  }
}

const dynamicNames = (route: AppRoute) => route.segments.flatMap((s) => (s.kind === "static" ? [] : [s.name]));

async function pool<T>(items: T[], worker: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await worker(items[next++]!);
    }),
  );
}

test.describe("hostile input", () => {
  test.describe.configure({ mode: "serial" });
  let server: HostileServer;
  const findings = new Findings();
  const routes = enumerateRoutes();

  test.beforeAll(async () => {
    test.setTimeout(360_000);
    if (test.info().project.name !== "desktop") return;
    server = await startHostileServer();
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test("no route answers 5xx or logs an uncaught error, whatever it is sent", async ({ browser }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one run is enough: the suite speaks HTTP, not a screen size");
    test.setTimeout(1_200_000);
    const origin = server.origin;
    const parser = await (await browser.newContext({ javaScriptEnabled: false })).newPage();

    const send = async (role: Role, method: string, url: string, options: Parameters<APIRequestContext["fetch"]>[1] = {}) => {
      try {
        const response = await role.request.fetch(url, { method, maxRedirects: 0, failOnStatusCode: false, timeout: 90_000, ...options });
        const body = response.status() >= 500 ? await response.text().catch(() => "") : undefined;
        findings.record(role.name, method, url, response, body);
        return response;
      } catch (error) {
        findings.record(role.name, method, url, error as Error);
        return null;
      }
    };

    /** Links and forms of an HTML page, read by the browser's own parser (no script runs). */
    const readPage = async (html: string) => {
      await parser.setContent(html, { waitUntil: "commit" });
      return parser.evaluate(() => ({
        links: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? ""),
        forms: [...document.querySelectorAll("form")].map((form) => {
          const button = form.querySelector<HTMLButtonElement>("button[name], input[type=submit][name]");
          return {
            method: (form.getAttribute("method") ?? "get").toLowerCase(),
            action: form.getAttribute("action"),
            fields: [...form.querySelectorAll<HTMLInputElement>("input[name], select[name], textarea[name]")].map((el) => ({
              name: el.name,
              value: el.value,
              type: (el.getAttribute("type") ?? el.tagName).toLowerCase(),
              checked: el.checked,
            })),
            submitter: button ? { name: button.name, value: button.value } : null,
            buttonText: form.textContent ?? "",
          };
        }),
      }));
    };

    const pages = routes.filter((r) => r.kind === "page");
    const handlers = routes.filter((r) => r.kind === "handler");

    /** Crawls as the role from every page without dynamic segments: real values for the others, and the forms. */
    const crawl = async (role: Role) => {
      const instances = new Map<AppRoute, Map<string, Record<string, string>>>();
      const queryKeys = new Map<AppRoute, Set<string>>(routes.map((r) => [r, new Set(r.queryKeys)]));
      const forms: { url: string; route: AppRoute; form: ParsedForm }[] = [];
      const fetched = new Set<string>();
      const addInstance = (route: AppRoute, values: Record<string, string>) => {
        const known = instances.get(route) ?? new Map();
        instances.set(route, known);
        const key = JSON.stringify(values);
        if (known.size < MAX_INSTANCES && !known.has(key)) known.set(key, values);
      };
      const notice = (href: string, base: string) => {
        let url: URL;
        try {
          url = new URL(href, base);
        } catch {
          return;
        }
        if (url.origin !== origin) return;
        for (const route of routes) {
          const values = matchRoute(route, url.pathname);
          if (!values) continue;
          addInstance(route, values);
          for (const key of url.searchParams.keys()) queryKeys.get(route)!.add(key);
        }
      };
      for (const route of routes) {
        if (route.segments.every((s) => s.kind === "static")) addInstance(route, {});
        for (const value of FALLBACK[route.pattern] ?? []) {
          const dynamic = dynamicNames(route)[0];
          if (dynamic) addInstance(route, { [dynamic]: value });
        }
      }
      // The API's query parameters, from its own OpenAPI description.
      const openapi = (await (await send(role, "GET", "/api/v1/openapi.json"))?.json().catch(() => null)) as {
        paths?: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
      } | null;
      for (const [apiPath, operations] of Object.entries(openapi?.paths ?? {})) {
        const route = routes.find((r) => r.pattern === apiPath.replace(/\{(\w+)\}/g, "[$1]"));
        for (const operation of Object.values(operations))
          for (const p of operation.parameters ?? []) if (route && p.in === "query") queryKeys.get(route)!.add(p.name);
      }
      const queue = [...pages.filter((r) => instances.has(r)).map((r) => buildPath(r, {})), ...extraStarts.get(role.name)!];
      while (queue.length && fetched.size < MAX_PAGES_PER_ROLE) {
        const path = queue.shift()!;
        if (fetched.has(path)) continue;
        fetched.add(path);
        const response = await send(role, "GET", path);
        if (!response || response.status() !== 200 || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;
        const { links, forms: found } = await readPage(await response.text());
        const route = pages.find((r) => matchRoute(r, new URL(path, origin).pathname));
        for (const form of found) {
          if (route) forms.push({ url: path, route, form });
          if (form.method === "get" && form.action) {
            const target = new URL(form.action, new URL(path, origin));
            for (const r of routes) if (matchRoute(r, target.pathname)) for (const f of form.fields) queryKeys.get(r)!.add(f.name);
          }
        }
        for (const href of links) {
          notice(href, new URL(path, origin).toString());
          try {
            const url = new URL(href, origin);
            const target = url.pathname + url.search;
            if (url.origin === origin && !fetched.has(target) && pages.some((r) => matchRoute(r, url.pathname)) && !SIGN_OUT.test(href)) {
              queue.push(target);
            }
          } catch {
            // not a URL: nothing to follow
          }
        }
      }
      return { instances, queryKeys, forms };
    };

    const firstInstance = (instances: Map<AppRoute, Map<string, Record<string, string>>>, route: AppRoute): Record<string, string> => {
      const known = instances.get(route);
      if (known?.size) return known.values().next().value!;
      return Object.fromEntries(dynamicNames(route).map((name) => [name, FALLBACK_BY_NAME[name] ?? "x"]));
    };

    const fuzzRole = async (role: Role) => {
      const { instances, queryKeys, forms } = await crawl(role);
      const jobs: (() => Promise<void>)[] = [];
      const sameOrigin = { origin, referer: `${origin}/` };

      // Every dynamic segment of every route: each bad spelling in its place, the other segments real.
      for (const route of role.pathsAndBodies ? routes : []) {
        const real = firstInstance(instances, route);
        for (const name of dynamicNames(route)) {
          for (const bad of BAD_SEGMENTS) {
            const path = buildPath(route, { ...real, [name]: bad });
            for (const method of route.methods.filter((m) => m !== "HEAD" && m !== "OPTIONS")) {
              jobs.push(async () => {
                await send(
                  role,
                  method,
                  path,
                  method === "GET" ? {} : { headers: { ...sameOrigin, "content-type": "application/json" }, data: "{}" },
                );
                // A body a page would read as a server action's form, to a path the proxy refuses.
                if (method !== "GET")
                  await send(role, method, path, { headers: { ...sameOrigin, "content-type": "multipart/form-data; boundary=x" }, data: "x" });
              });
            }
          }
        }
      }

      // Every query key a route reads or links with: each bad value, arrays, repeats; on every real instance.
      for (const route of routes) {
        if (!route.methods.includes("GET")) continue;
        const keys = [...queryKeys.get(route)!];
        for (const values of [...(instances.get(route)?.values() ?? [firstInstance(instances, route)])].slice(0, 1)) {
          const path = buildPath(route, values);
          for (const key of keys) {
            const k = encodeURIComponent(key);
            for (const bad of [...BAD_QUERY_VALUES.map((v) => `${k}=${v}`), `${k}[]=1&${k}[]=2`, `${k}=1&${k}=2`, `${k}`]) {
              jobs.push(async () => {
                await send(role, "GET", `${path}?${bad}`);
              });
            }
          }
        }
      }

      // Every body of the corpus to every route handler that takes one.
      for (const route of role.pathsAndBodies ? handlers : []) {
        const path = buildPath(route, firstInstance(instances, route));
        for (const method of route.methods.filter((m) => !["GET", "HEAD", "OPTIONS"].includes(m))) {
          for (const [contentType, body] of badBodies()) {
            jobs.push(async () => {
              await send(role, method, path, { headers: { ...sameOrigin, ...(contentType ? { "content-type": contentType } : {}) }, data: body });
            });
          }
        }
      }

      // Every form of every page it could see: one field at a time corrupted, then arrays, then no fields.
      const seenForms = new Set<string>();
      for (const { url, route, form } of forms) {
        if (form.method !== "post" || SIGN_OUT.test(form.buttonText) || route.pattern === "/dang-xuat") continue;
        const actionField = form.fields.find((f) => f.name.startsWith("$ACTION_"));
        const identity = `${route.pattern} ${form.action ?? ""} ${actionField?.name ?? ""} ${form.fields.map((f) => f.name).join(",")}`;
        if (seenForms.has(identity)) continue;
        seenForms.add(identity);
        findings.forms.add(`${role.name} ${identity}`);
        const actionId =
          /^\$ACTION_ID_(\w+)$/.exec(actionField?.name ?? "")?.[1] ??
          /"id":"(\w+)"/.exec(form.fields.find((f) => /^\$ACTION_\d+:0$/.test(f.name))?.value ?? "")?.[1];
        if (actionId) findings.actions.add(actionId);
        const target =
          form.action && !form.action.startsWith("javascript:")
            ? new URL(form.action, new URL(url, origin)).pathname + new URL(form.action, new URL(url, origin)).search
            : url;
        const base = form.fields.filter((f) => f.type !== "file" && (!["checkbox", "radio"].includes(f.type) || f.checked));
        const names = [...new Set(form.fields.filter((f) => !f.name.startsWith("$ACTION_") && f.type !== "file").map((f) => f.name))];
        const post = (fields: [string, string][]) => {
          const data = new FormData();
          for (const [name, value] of fields) data.append(name, value);
          if (form.submitter) data.append(form.submitter.name, form.submitter.value);
          return send(role, "POST", target, { headers: sameOrigin, multipart: data });
        };
        for (const name of names) {
          for (const bad of BAD_FIELD_VALUES) {
            jobs.push(async () => {
              await post([...base.filter((f) => f.name !== name).map((f): [string, string] => [f.name, f.value]), [name, bad]]);
            });
          }
          jobs.push(async () => {
            await post([...base.map((f): [string, string] => [f.name, f.value]), [name, "1"], [name, "2"]]);
          });
        }
        jobs.push(async () => {
          await post(base.filter((f) => f.name.startsWith("$ACTION_")).map((f) => [f.name, f.value]));
        });
        if (actionField) {
          jobs.push(async () => {
            await post([
              ...base.filter((f) => !f.name.startsWith("$ACTION_")).map((f): [string, string] => [f.name, f.value]),
              ["$ACTION_ID_00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00", ""],
            ]);
          });
        }
        // The same action called as the browser's script calls it, with arguments of the wrong kinds.
        if (actionId) {
          for (const body of ['["\\u0000"]', "{"]) {
            jobs.push(async () => {
              await send(role, "POST", target, {
                headers: { ...sameOrigin, "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
                data: body,
              });
            });
          }
        }
      }
      for (const review of REVIEW_CASES.filter((c) => c.role === role.name)) {
        jobs.push(async () => {
          const body =
            review.body === "multipart"
              ? {
                  headers: { ...sameOrigin, "content-type": "multipart/form-data; boundary=x" },
                  data: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\n',
                }
              : review.body === "json-nul"
                ? {
                    headers: { ...sameOrigin, "content-type": "application/json" },
                    data: JSON.stringify({
                      serviceCode: HOUSEHOLD_INCOME.serviceCode,
                      receivingUnitCode: AN_MY,
                      formData: { ...HOUSEHOLD_INCOME.formData, householdHead: "An\0" },
                    }),
                  }
                : {};
          const response = await send(role, review.method, review.path, body);
          reviewAnswers.push(`${role.name} ${review.method} ${review.path} → ${response?.status() ?? "no answer"}`);
        });
      }
      await pool(jobs, (job) => job());
      return { pagesSeen: instances.size };
    };

    // Sign everyone in first: the corpus's failed sign-ins lock the address soon after.
    const signedIn = async (browserArg: Browser, signIn: (page: Page) => Promise<void>) => {
      const context = await browserArg.newContext({ baseURL: origin });
      const page = await context.newPage();
      await signIn(page);
      return context.request;
    };
    const anonymous: Role = { name: "anonymous", request: await requestFactory.newContext({ baseURL: origin }), pathsAndBodies: true };
    const citizen: Role = {
      name: "citizen",
      pathsAndBodies: true,
      request: await signedIn(browser, async (page) => {
        await page.goto("/dang-nhap?next=/ho-so");
        await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill(CITIZEN.login);
        await page.getByLabel("Mật khẩu").fill(CITIZEN.password);
        await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
        await expect(page).toHaveURL(/\/ho-so/);
      }),
    };
    const officers: Role[] = [];
    for (const email of ["tiepnhan@example.vn", "quantri.anmy@example.vn", "quantri@example.vn", "tongdai@example.vn"]) {
      officers.push({
        name: `officer ${email.split("@")[0]}`,
        request: await signedIn(browser, (page) => signInOfficer(page, email, "/quan-tri")),
        pathsAndBodies: !officers.length,
      });
    }

    // Something to find: two dossiers of the citizen at the demo officers' unit, and a wizard draft.
    const extraStarts = new Map<string, string[]>([["anonymous", []]]);
    const citizenStarts: string[] = [];
    for (let i = 0; i < 2; i++) {
      const created = await citizen.request.post("/api/v1/dossiers", {
        data: { serviceCode: HOUSEHOLD_INCOME.serviceCode, receivingUnitCode: AN_MY, formData: HOUSEHOLD_INCOME.formData },
        headers: { origin },
      });
      expect(created.status(), await created.text()).toBe(201);
      const { code } = (await created.json()) as { code: string };
      citizenStarts.push(`/ho-so/${code}`, `/quan-tri/ho-so/${code}`);
    }
    // And a feedback item of the citizen's (sent through the page's own multipart step), for the account's
    // and the 1022 operator's feedback pages to link to.
    const feedback = await citizen.request.post("/phan-anh-kien-nghi/gui", {
      multipart: {
        kind: "phan-anh",
        subject: "Phản ánh của bộ kiểm thử",
        content: "Nội dung phản ánh do bộ kiểm thử đầu vào xấu gửi.",
        senderName: "Nguyễn Văn Kiểm",
        senderPhone: "0905123456",
      },
      headers: { origin },
      maxRedirects: 0,
    });
    expect(feedback.status(), await feedback.text()).toBe(303);
    expect(feedback.headers()["location"] ?? "", "the feedback confirmation").toContain("/phan-anh-kien-nghi/da-gui?ma=PAKN-");
    citizenStarts.push("/tai-khoan/phan-anh", "/quan-tri/phan-anh");
    const wizard = `/thu-tuc/${HOUSEHOLD_INCOME.serviceCode}/nop-ho-so`;
    const start = (await readPage(await (await citizen.request.get(wizard)).text())).forms.find((f) =>
      f.fields.some((field) => field.name === "serviceCode"),
    );
    expect(start, "the wizard's start form").toBeTruthy();
    const startData = new FormData();
    for (const field of start!.fields) startData.append(field.name, field.value);
    const started = await citizen.request.post(wizard, { multipart: startData, headers: { origin }, maxRedirects: 0 });
    const draftUrl = started.headers()["location"] ?? "";
    expect(draftUrl, "the wizard's draft").toContain("draft=");
    for (const step of [1, 2, 3, 4]) citizenStarts.push(draftUrl.replace(/buoc=\d/, `buoc=${step}`));
    extraStarts.set("citizen", citizenStarts);
    for (const officer of officers)
      extraStarts.set(
        officer.name,
        citizenStarts.filter((p) => p.startsWith("/quan-tri")),
      );

    const reviewAnswers: string[] = [];
    const roles = [anonymous, citizen, ...officers];
    for (const role of roles) await fuzzRole(role);

    const uncaught = uncaughtErrors(server.log);
    const figures = [
      `Hostile-input suite: ${routes.length} routes (${pages.length} pages, ${handlers.length} route handlers with ${handlers.reduce((n, r) => n + r.methods.length, 0)} methods)`,
      `${findings.forms.size} forms posted (${findings.actions.size} server actions), ${findings.requests} requests, ${roles.length} roles (${[...findings.byRole].map(([r, n]) => `${r}: ${n}`).join(", ")})`,
      `${findings.failures.length} failures (5xx or no answer), ${uncaught.length} uncaught errors in the server log`,
    ];
    console.log([...figures, "The review's cases:", ...reviewAnswers.sort()].join("\n"));
    expect(reviewAnswers, "every review case was sent").toHaveLength(REVIEW_CASES.length);
    await testInfo.attach("figures", { body: figures.join("\n"), contentType: "text/plain" });
    writeFileSync(testInfo.outputPath("failures.txt"), findings.failures.join("\n"));
    writeFileSync(testInfo.outputPath("server.log"), server.log.join("\n"));
    expect(server.exited(), "the server is still running").toBeNull();
    expect(findings.failures.slice(0, 60), "requests answered 5xx or not at all").toEqual([]);
    expect(uncaught.slice(0, 40), "uncaught errors in the server log").toEqual([]);
  });
});
