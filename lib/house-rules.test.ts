/**
 * The house rules of docs/architecture.md, checked over the source so that the code review's findings
 * (raw status numbers, rules written in several places, layers importing each other, configuration read
 * anywhere, dead code, comments citing documents the repository does not have) cannot come back unnoticed.
 * ESLint keeps the import boundaries too; these checks read the files as text, the way the review did.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const SOURCE = /\.(ts|tsx|mjs)$/;
const SKIP = new Set(["node_modules", ".next", ".data", "test-results", "playwright-report", "migrations"]);

function walk(dir: string): string[] {
  if (!existsSync(path.join(ROOT, dir))) return [];
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : walk(rel);
    return SOURCE.test(entry.name) ? [rel] : [];
  });
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.startsWith("tests/") || file.startsWith("e2e/");
const ALL = ["app", "components", "lib", "db", "scripts", "e2e", "tests"].flatMap(walk).concat(["proxy.ts", "instrumentation.ts", "next.config.mjs"]);
/** The portal's own code: what runs in the server and the browser, without tests, seed data or scripts. */
const PRODUCT = ALL.filter((f) => /^(app|components|lib|db\/schema)\//.test(f) && !isTest(f));
const text = new Map(ALL.map((f) => [f, readFileSync(path.join(ROOT, f), "utf8")]));
const read = (file: string) => text.get(file) ?? readFileSync(path.join(ROOT, file), "utf8");

/** `file:line: text` of every line of `files` that matches. */
function hits(files: readonly string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    read(file)
      .split("\n")
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

/** The files (of `files`) in which `pattern` occurs. */
const filesWith = (files: readonly string[], pattern: RegExp) => files.filter((f) => pattern.test(read(f)));

describe("dossier vocabulary in one place (lib/workflow/statuses.ts)", () => {
  it("no code compares or filters a dossier status by its raw number", () => {
    const raw = [
      /\bstatus\s*(?:===|!==|==|!=)\s*(?:[1-9]|10)(?!\d)/, // status === 4
      /\bstatus:\s*(?:[1-9]|10)(?![\d.])/, // { status: 1 }
      /\.status,\s*\[?\s*(?:[1-9]|10)(?!\d)/, // inArray(dossiers.status, [2, …]) / eq(dossiers.status, 9)
      /\bstatus\s+(?:in\s*\(|=\s*)(?:[1-9]|10)(?!\d)/i, // SQL: status in (2, 4) / status = 9
    ];
    expect(raw.flatMap((pattern) => hits(PRODUCT, pattern))).toEqual([]);
  });

  it("the open statuses, the channels and the overdue rule are each defined once", () => {
    expect(
      hits(
        ALL.filter((f) => !isTest(f)),
        /\[\s*2\s*,\s*4\s*,\s*5\s*,\s*6\s*\]|\(\s*2\s*,\s*4\s*,\s*5\s*,\s*6\s*\)/,
      ),
    ).toEqual([]);
    expect(filesWith(PRODUCT, /export const OPEN_STATUSES\b/)).toEqual(["lib/workflow/statuses.ts"]);
    expect(filesWith(PRODUCT, /export const CHANNEL\b/)).toEqual(["lib/workflow/statuses.ts"]);
    expect(filesWith(PRODUCT, /export function isOverdue\b/)).toEqual(["lib/workflow/statuses.ts"]);
    // Late in SQL: one condition for the queue, the report and the overdue scan.
    expect(filesWith(PRODUCT, /lt\(dossiers\.dueAt\b/)).toEqual(["lib/workflow/overdue-condition.ts"]);
    // Feedback items have their own deadline: one function, and its SQL twin in the "overdue" queue.
    expect(filesWith(PRODUCT, /\.dueAt\s*<\s*now\b|\bnow\s*>\s*[\w.]*\.dueAt\b/)).toEqual(["lib/feedback/feedback-deadline.ts"]);
  });

  it("the names shown for statuses and channels come from the catalog, not from code", () => {
    // The OpenAPI description (lib/api/openapi-*.ts) is written for developers, not shown on a page.
    const shown = PRODUCT.filter((f) => !f.startsWith("lib/api/openapi-"));
    expect(hits(shown, /Trực tuyến|Trực tiếp|Bưu chính|Mới đăng ký|Đã tiếp nhận|Đang xử lý|Đã trả kết quả/)).toEqual([]);
  });

  it("statuses.ts is pure: it imports nothing, so the messages depend on the domain and not the reverse", () => {
    expect(hits(["lib/workflow/statuses.ts"], /^import\b/)).toEqual([]);
  });

  it("the citizen's dossier page asks the status machine what the citizen may do", () => {
    const page = read("app/[locale]/ho-so/[code]/page.tsx");
    expect(page).toMatch(/citizenOptions\(dossier\)/);
    expect(hits(["app/[locale]/ho-so/[code]/page.tsx"], /options\.\w+|citizenOptions/).length).toBeGreaterThan(1);
  });
});

describe("boundaries that show (docs/architecture.md)", () => {
  const ui = ALL.filter((f) => /^(app|components)\//.test(f));

  it("components/ never import from app/, and neither touches the database", () => {
    expect(
      hits(
        ALL.filter((f) => f.startsWith("components/")),
        /from\s+["'](@\/app\/|(\.\.\/)+app\/)/,
      ),
    ).toEqual([]);
    expect(hits(ui, /from\s+["'](drizzle-orm|@\/db\/client|@\/db\/schema)/)).toEqual([]);
  });

  it("server actions live with their domain in lib/, not in app/ or components/", () => {
    expect(filesWith(ui, /^["']use server["']/m)).toEqual([]);
  });

  it("folders are named by domain nouns: uploads with storage, drafts with dossiers, schedulers with jobs", () => {
    expect(existsSync(path.join(ROOT, "lib/workflow/receive-dossier-upload.ts"))).toBe(false);
    expect(existsSync(path.join(ROOT, "lib/storage/receive-dossier-upload.ts"))).toBe(true);
    expect(existsSync(path.join(ROOT, "lib/dossiers/purge-stale-drafts.ts"))).toBe(true);
    expect(existsSync(path.join(ROOT, "lib/jobs/scan-overdue.ts"))).toBe(true);
    expect(
      filesWith(
        PRODUCT.filter((f) => f.startsWith("lib/tracking/")),
        /purge|setInterval|enqueueJob|scheduleJob/i,
      ),
    ).toEqual([]);
  });

  it("one UI kit: form controls, the error summary and the card are defined in components/ui/ only", () => {
    // Composed fields built on the kit (CurrentPasswordField) may live with their domain; the kit's own may not.
    const kit =
      /export function (\w*ErrorSummary|Field|TextField|TextAreaField|TextareaField|SelectField|RadioField|ChoiceGroup|CheckboxField|FileField|CodeField|SubmitButton|Card|DataTable)\b/;
    expect(filesWith(PRODUCT, kit).filter((f) => !f.startsWith("components/ui/"))).toEqual([]);
    // The card used to be this class string, pasted 39 times; now it is `.card` (app/[locale]/globals.css).
    expect(hits(ui, /rounded-lg border border-slate-200 bg-white/)).toEqual([]);
  });
});

describe("configuration checked once (lib/config.ts)", () => {
  it("only lib/config.ts reads process.env in the portal's code", () => {
    expect(filesWith(PRODUCT.concat("proxy.ts"), /process\.env/)).toEqual(["lib/config.ts"]);
  });

  it("every variable the schema accepts is listed in .env.example", () => {
    const accepted = [...read("lib/config.ts").matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);
    const example = readFileSync(path.join(ROOT, ".env.example"), "utf8");
    expect(accepted.length).toBeGreaterThan(25);
    expect(accepted.filter((name) => !new RegExp(`^#?\\s*${name}=`, "m").test(example))).toEqual([]);
  });
});

describe("dead code stays gone", () => {
  it("dossiers.apology_sent_at is dropped (migration 0013) and read nowhere", () => {
    expect(hits(PRODUCT, /apology_sent_at|apologySentAt/)).toEqual([]);
  });

  it("the rate-limit table is pruned by a scheduled job", () => {
    const jobs = read("lib/jobs/start-background-jobs.ts");
    expect(jobs).toMatch(/\[PRUNE_RATE_LIMITS_JOB\]:\s*pruneRateLimitsJob\(/);
    expect(jobs).toMatch(/schedulePruneRateLimits\(/);
  });

  it("no helper exists only for tests, and no ranking tier is unreachable", () => {
    expect(hits(PRODUCT, /export (function|const) (startClock|pauseClock)\b/)).toEqual([]);
    expect(hits(PRODUCT, /searchSimilarity/)).toEqual([]);
  });

  it("isUuid is written once", () => {
    expect(hits(PRODUCT, /(function|const) isUuid\b/)).toHaveLength(1);
    expect(filesWith(PRODUCT, /\[0-9a-f\]\{8\}-\[0-9a-f\]\{4\}/)).toEqual(["lib/validation/boundary-schemas.ts"]);
  });

  it("the catalog search test checks the ranking against written expectations, not against rankServices itself", () => {
    expect(read("tests/integration/catalog-search-index.test.ts")).not.toMatch(/rankServices/);
  });
});

describe("comments point to the repository's own documents", () => {
  it("no comment cites DOMAIN §N or an issue number", () => {
    const self = "lib/house-rules.test.ts";
    expect(
      hits(
        ALL.filter((f) => f !== self),
        /DOMAIN\s*§|\b[Ii]ssue\s+#?\d+/,
      ),
    ).toEqual([]);
  });

  it("every docs/….md#section a comment or a document cites exists", () => {
    const slug = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, "")
        .trim()
        .replace(/\s/g, "-");
    const anchors = new Map<string, Set<string>>();
    const anchorsOf = (doc: string) => {
      if (!anchors.has(doc)) {
        const md = existsSync(path.join(ROOT, doc)) ? readFileSync(path.join(ROOT, doc), "utf8") : "";
        anchors.set(doc, new Set([...md.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!))));
      }
      return anchors.get(doc)!;
    };
    const prose = ["README.md", ...readdirSync(path.join(ROOT, "docs")).map((f) => `docs/${f}`)];
    const broken = ALL.concat(prose).flatMap((file) =>
      [...read(file).matchAll(/\b(docs\/[\w-]+\.md)(?:#([\w-]+))?/g)].flatMap(([cited, doc, anchor]) => {
        if (!existsSync(path.join(ROOT, doc!))) return [`${file}: ${cited} (no such document)`];
        return anchor && !anchorsOf(doc!).has(anchor) ? [`${file}: ${cited} (no such section)`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });
});

describe("formatting", () => {
  it("Prettier checks the tree in CI", () => {
    expect(JSON.parse(read("package.json")).scripts["format:check"]).toBe("prettier --check .");
    expect(readFileSync(path.join(ROOT, ".ci/run"), "utf8")).toMatch(/^npm run format:check$/m);
  });
});
