import { localeOfPath, stripLocale, type Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/validation/boundary-schemas";

/** URLs of the submission wizard: /thu-tuc/<code>/nop-ho-so?draft=<id>&buoc=<1..4>. */
export function wizardUrl(serviceCode: string, draftId?: string, step?: number, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (draftId) params.set("draft", draftId);
  if (step) params.set("buoc", String(step));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const query = params.toString();
  return `/thu-tuc/${encodeURIComponent(serviceCode)}/nop-ho-so${query ? `?${query}` : ""}`;
}

export function confirmationUrl(serviceCode: string, dossierCode: string): string {
  return `/thu-tuc/${encodeURIComponent(serviceCode)}/nop-ho-so/da-nop?ma=${encodeURIComponent(dossierCode)}`;
}

/** "extra" or a document index from a form or query string; undefined when malformed. */
export function parseSlot(value: string | null | undefined): number | null | undefined {
  if (value === "extra") return null;
  if (value && /^[0-9]{1,3}$/.test(value)) return Number(value);
  return undefined;
}

/**
 * The draft step a reader was on when they switched language without JavaScript. The header's switcher
 * links to the same path in the other language, and only its script adds the query that names the draft,
 * so a plain click lands on the wizard's start page; the Referer (Referrer-Policy same-origin keeps it)
 * still names the draft and step of the page left. Only the same service's wizard in the other language
 * counts; the draft's owner is checked when it opens, so a forged Referer opens nobody else's draft.
 * docs/i18n.md.
 */
export function draftLeftBySwitch(referer: string | null, here: { locale: Locale; serviceCode: string }): { draftId: string; step?: number } | null {
  if (!referer) return null;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return null;
  }
  if (localeOfPath(url.pathname) === here.locale) return null;
  if (stripLocale(url.pathname) !== wizardUrl(here.serviceCode)) return null;
  const draftId = url.searchParams.get("draft") ?? "";
  if (!isUuid(draftId)) return null;
  const step = Number(url.searchParams.get("buoc"));
  return Number.isInteger(step) && step >= 1 && step <= 4 ? { draftId, step } : { draftId };
}
