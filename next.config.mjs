import { securityHeaderRules } from "./lib/security/security-headers.mjs";

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
  },
  async headers() {
    return securityHeaderRules(process.env);
  },
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: "/thu-tuc",
          has: [{ type: "query", key: "page", value: "(?<page>[1-9][0-9]{0,3})" }],
          missing: noFilters,
          destination: "/thu-tuc/trang/:page",
        },
        {
          source: "/thu-tuc",
          missing: [...noFilters, { type: "query", key: "page" }],
          destination: "/thu-tuc/trang/1",
        },
      ],
    };
  },
};

export default nextConfig;
