import type { AnchorHTMLAttributes } from "react";

/**
 * A plain link (a full page load), used instead of next/link on the catalog pages, the header and the officer queues: the
 * pages are cached HTML that loads fast, and without next/link the browser is spared its client chunk
 * (~6 KB gzip) and the prefetch of every listed service. A server component: no JavaScript of its own.
 */
export function PlainLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />;
}
