import "server-only";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { localeOfPath, localizeHref } from "./locales";

/**
 * redirect() that keeps the reader's language: "/ho-so/X" becomes "/en/ho-so/X" for an English page. A
 * path that names its language itself ("/en/...", e.g. a ?next= an English page asked for) keeps it.
 */
export async function redirectInLocale(href: string): Promise<never> {
  redirect(localeOfPath(href) === "en" ? href : localizeHref(href, await getLocale()));
}
