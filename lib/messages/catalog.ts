import vi from "@/messages/vi/catalog.json";

/**
 * Left for the submission pages until they read the catalog namespace themselves (`catalog.modes.*`,
 * `catalog.modeExplanations.*`): the Vietnamese texts, from the one catalog (docs/i18n.md).
 */
export const modeLabels = vi.modes;
export const modeExplanations = vi.modeExplanations;
