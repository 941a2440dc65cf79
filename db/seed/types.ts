import type { Level } from "@/lib/catalog/service-schema";

/** An administrative unit or agency. Tiers and units are data, so a two-tier province is a seed change only. */
export interface UnitSeed {
  /** Agency identifier, form 000.NN.NN.H47. */
  code: string;
  name: string;
  shortName: string;
  kind: "province" | "agency" | "district" | "commune";
  tier: Level;
  /** Code of the parent unit (the province for agencies and districts, the district for communes). */
  parentCode: string | null;
  address: string;
  phone: string;
}

/** A field (lĩnh vực) of public services. */
export interface FieldSeed {
  code: string;
  name: string;
}

/** A life event (sự kiện đời sống) that groups services for browsing. */
export interface LifeEventSeed {
  code: string;
  name: string;
  description: string;
}
