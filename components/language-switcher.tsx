"use client";

import { useSelectedLayoutSegments } from "next/navigation";
import { useLocale } from "next-intl";
import { localizeHref, pathOfSegments } from "@/lib/i18n/locales";

/**
 * The header's link to the same page in the other language. Rendered on the server with the page's path (it
 * works without JavaScript); with JavaScript, a click also keeps the query (a search, a chosen period).
 * A draft in progress is kept on the server, so switching mid-journey loses nothing (docs/i18n.md).
 */
export function LanguageSwitcher({ label, title }: { label: string; title: string }) {
  const locale = useLocale();
  const other = locale === "en" ? "vi" : "en";
  // The route's public address, not the address bar's: the same on the server and in the browser, so a cached
  // catalog page (/thu-tuc/trang/2, reached as /thu-tuc?page=2) is the same whichever address rendered it first.
  const href = localizeHref(pathOfSegments(useSelectedLayoutSegments()), other);
  return (
    <a
      href={href}
      hrefLang={other}
      lang={other}
      title={title}
      className="nav-link"
      onClick={(event) => {
        event.currentTarget.href = href + window.location.search;
      }}
    >
      {label}
    </a>
  );
}
