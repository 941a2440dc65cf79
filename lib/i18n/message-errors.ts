import type { IntlError } from "next-intl";

/**
 * A key used but missing in the catalog shows as ⟦namespace.key⟧, never as an empty string, so the e2e
 * crawl of every page (e2e/i18n.spec.ts) finds it; the server logs it once per render.
 */
export function messageFallback({ namespace, key }: { namespace?: string; key: string }): string {
  return `⟦${namespace ? `${namespace}.` : ""}${key}⟧`;
}

export function reportMessageError(error: IntlError): void {
  console.error(`[i18n] ${error.code}: ${error.originalMessage ?? error.message}`);
}
