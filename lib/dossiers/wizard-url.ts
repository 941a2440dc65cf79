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
