import en from "@/messages/en/common.json";
import vi from "@/messages/vi/common.json";
import type { Locale } from "@/lib/i18n/locales";

const TEXTS: Record<Locale, typeof vi.notFound> = { vi: vi.notFound, en: en.notFound };

/**
 * The not-found page the proxy answers itself for a path Next.js cannot decode (docs/security.md, "Boundary
 * parsing"). It cannot hand such a request to a page: Next.js decodes the original address's route params
 * (every page sits under app/[locale]) even after a rewrite, and answers 500. So this is a small page of its
 * own, in the language the path starts with, with the same texts as the site's not-found page and links home
 * and to the catalog. No script, no style: the Content-Security-Policy has nothing to allow.
 */
export function badPathPage(locale: Locale): string {
  const t = TEXTS[locale];
  const home = locale === "en" ? "/en" : "/";
  const catalog = locale === "en" ? "/en/thu-tuc" : "/thu-tuc";
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.metaTitle}</title></head>
<body>
<main>
<h1>${t.title}</h1>
<p>${t.body}</p>
<p><a href="${home}">${t.home}</a> · <a href="${catalog}">${t.search}</a></p>
</main>
</body>
</html>
`;
}
