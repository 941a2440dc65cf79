import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaderRules } from "./lib/security/security-headers.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/**
 * The catalog list without filters is served from the cached route /thu-tuc/trang/[page]; any search or
 * filter goes to the dynamic /thu-tuc page. Both render the same components.
 */
const FILTER_KEYS = ["q", "agency", "field", "event", "level", "mode", "audience", "pageSize"];
const noFilters = FILTER_KEYS.map((key) => ({ type: "query", key }));

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next.js hashes every HTML response, cached ones included, to make its ETag: on a catalog page
  // that costs as much as serving it. The pages carry s-maxage caching for a CDN instead.
  generateEtags: false,
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  experimental: {
    // Server actions take text forms only (the largest, a service's texts, is under 40 KB); files go to
    // route handlers that stream them. Next's default is 1 MB; a quarter of it is room enough.
    serverActions: { bodySizeLimit: "256kb" },
    // The proxy reads a form posted to a page (proxy.ts) from a copy Next.js keeps of its body: a little over the
    // actions' limit is enough, and a longer body comes cut and is refused (Next's default would hold 10 MB).
    proxyClientMaxBodySize: "300kb",
  },
  async headers() {
    return securityHeaderRules(process.env);
  },
  async rewrites() {
    // The unfiltered catalog, in each language, goes to its cached pages.
    const catalogPages = ["", "/en"].flatMap((prefix) => {
      const locale = prefix ? "en" : "vi";
      return [
        {
          source: `${prefix}/thu-tuc`,
          has: [{ type: "query", key: "page", value: "(?<page>[1-9][0-9]{0,3})" }],
          missing: noFilters,
          destination: `/${locale}/thu-tuc/trang/:page`,
        },
        { source: `${prefix}/thu-tuc`, missing: [...noFilters, { type: "query", key: "page" }], destination: `/${locale}/thu-tuc/trang/1` },
      ];
    });
    return {
      beforeFiles: [
        ...catalogPages,
        // Every page lives under app/[locale] (docs/i18n.md). Vietnamese keeps today's addresses: a path that
        // does not start with a language, the API, Next's own files or a file in public/ is the Vietnamese page.
        // A rewrite, not the proxy: it routes posts with bodies (uploads, forms without JavaScript) untouched.
        { source: "/", destination: "/vi" },
        { source: "/:path((?!(?:en|vi|api|_next)(?:/|$)|favicon\\.svg$|robots\\.txt$).+)", destination: "/vi/:path" },
      ],
    };
  },
};

export default withNextIntl(nextConfig);
