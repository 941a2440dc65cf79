import "server-only";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { localizeHref } from "./locales";

/** redirect() that keeps the reader's language: "/ho-so/X" becomes "/en/ho-so/X" for an English page. */
export async function redirectInLocale(href: string): Promise<never> {
  redirect(localizeHref(href, await getLocale()));
}
