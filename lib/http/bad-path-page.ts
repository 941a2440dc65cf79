import en from "@/messages/en/common.json";
import vi from "@/messages/vi/common.json";
import type { Locale } from "@/lib/i18n/locales";

const CATALOG: Record<Locale, typeof vi> = { vi, en };

/** The site's colours (app/[locale]/globals.css) and a readable measure; nothing is loaded. */
const STYLE = [
  "body{margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#f8fafc;line-height:1.5}",
  "header{background:#0f4a8f;padding:1rem}",
  "header a{color:#fff;font-weight:700;font-size:1.25rem;text-decoration:none}",
  "main{max-width:40rem;margin:0 auto;padding:2rem 1rem;text-align:center}",
  "h1{font-size:1.5rem}",
  "a{color:#0f4a8f}",
  "a.button{display:inline-block;margin:0 .75rem .75rem 0;padding:.5rem 1rem;border-radius:.25rem;background:#0f4a8f;color:#fff;font-weight:600;text-decoration:none}",
].join("");

/**
 * The not-found page the proxy answers itself for a path Next.js cannot decode (docs/security.md, "Boundary
 * parsing"). It cannot hand such a request to a page: Next.js decodes the original address's route params
 * (every page sits under app/[locale]) even after a rewrite, and answers 500. So this is a small page of its
 * own, in the language the path starts with, with the same texts as the site's not-found page and links home
 * and to the catalog. No script; a few inline style rules (the policy allows inline styles) give it the site's
 * banner colour, type and button, so it does not look like a broken page.
 */
export function badPathPage(locale: Locale): string {
  const { notFound: t, portalTagline: portal } = CATALOG[locale];
  const home = locale === "en" ? "/en" : "/";
  const catalog = locale === "en" ? "/en/thu-tuc" : "/thu-tuc";
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.metaTitle}</title>
<style>${STYLE}</style></head>
<body>
<header><a href="${home}">${portal}</a></header>
<main>
<h1>${t.title}</h1>
<p>${t.body}</p>
<p><a class="button" href="${home}">${t.home}</a> <a href="${catalog}">${t.search}</a></p>
</main>
</body>
</html>
`;
}
