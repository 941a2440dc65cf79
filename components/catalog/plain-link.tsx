import { useLocale } from "next-intl";
import type { AnchorHTMLAttributes } from "react";
import { localizeHref } from "@/lib/i18n/locales";

/**
 * A plain link (a full page load), used instead of next/link on the catalog pages, the header and the officer queues: the
 * pages are cached HTML that loads fast, and without next/link the browser is spared its client chunk
 * (~6 KB gzip) and the prefetch of every listed service. A server component: no JavaScript of its own.
 * It keeps the reader's language: "/thu-tuc" on an English page is "/en/thu-tuc" (docs/i18n.md).
 */
export function PlainLink({ href, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const locale = useLocale();
  return <a {...props} href={localizeHref(href, locale)} />;
}
