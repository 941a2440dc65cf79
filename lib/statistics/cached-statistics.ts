import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { getServiceIndex } from "./get-service-index";
import { getServiceRecord } from "./get-service-record";
import { rangePeriod } from "./period";

/**
 * The public index and the services' records are recomputed at most this often (seconds): figures over
 * months do not need to be newer than an hour, and a service's page stays a cached page.
 */
export const PUBLISHED_FIGURES_REVALIDATE_SECONDS = 3600;

const options = { revalidate: PUBLISHED_FIGURES_REVALIDATE_SECONDS, tags: ["statistics"] };

export const getCachedServiceIndex = unstable_cache(
  async (from: string, to: string) => getServiceIndex(await getDb(), rangePeriod(from, to)),
  ["service-index"],
  options,
);

/** `today`: the local date the twelve months end on, so the cached record moves on each day. */
export const getCachedServiceRecord = unstable_cache(
  async (code: string, today: string) => getServiceRecord(await getDb(), code, today),
  ["service-record"],
  options,
);
