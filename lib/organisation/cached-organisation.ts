import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { CATALOG_TAG } from "@/lib/catalog/cached-catalog";
import type { Period } from "@/lib/statistics/period";
import { getOrganisation } from "./get-organisation";
import { unitMonths } from "./get-unit-profile";

/** The organisation pages change when the catalog, the divisions or the day's dossiers do: five minutes is fresh enough. */
const cacheOptions = { tags: [CATALOG_TAG, "organisation"], revalidate: 300 };

/** `today` (YYYY-MM-DD, workflow clock) is part of the key, so the published period moves with the date. */
export const getCachedOrganisation = unstable_cache(async (today: string) => getOrganisation(await getDb(), today), ["organisation"], cacheOptions);

export const getCachedUnitMonths = unstable_cache(
  async (unitId: number, period: Period) => unitMonths(await getDb(), unitId, period),
  ["organisation-unit-months"],
  cacheOptions,
);
