/**
 * The Decision 766 service index (docs/service-index.md): 100 points in six groups. Each component
 * either has points computed from the portal's own data, or is "chưa đo" (not measured) and is left
 * out of the total, whose maximum shrinks by the component's points.
 */
export const GROUPS = ["transparency", "progress", "onlineServices", "onlinePayment", "satisfaction", "digitization"] as const;
export type GroupKey = (typeof GROUPS)[number];

export const COMPONENTS = {
  // Transparency (18)
  publishedOnTime: { group: "transparency", max: 6 },
  updatedOnTime: { group: "transparency", max: 4 },
  fullContent: { group: "transparency", max: 2 },
  nationalSync: { group: "transparency", max: 6 },
  // Progress (20)
  onTimeResolution: { group: "progress", max: 20 },
  // Online services (12)
  offeredOnline: { group: "onlineServices", max: 2 },
  usedOnline: { group: "onlineServices", max: 4 },
  filedOnline: { group: "onlineServices", max: 6 },
  // Online payment (10)
  paidOnline: { group: "onlinePayment", max: 6 },
  feeServicesPayableOnline: { group: "onlinePayment", max: 2 },
  feeServicesPaidOnline: { group: "onlinePayment", max: 2 },
  // Satisfaction (18)
  dossierSatisfaction: { group: "satisfaction", max: 6 },
  complaintsOnTime: { group: "satisfaction", max: 6 },
  complaintSatisfaction: { group: "satisfaction", max: 6 },
  // Digitization (22)
  electronicResults: { group: "digitization", max: 6 },
  digitizedComponents: { group: "digitization", max: 4 },
  certifiedCopies: { group: "digitization", max: 2 },
  dataReuse: { group: "digitization", max: 2 },
  personalStore: { group: "digitization", max: 4 },
  populationProcedures: { group: "digitization", max: 2 },
  populationDossiers: { group: "digitization", max: 2 },
} as const satisfies Record<string, { group: GroupKey; max: number }>;

export type ComponentKey = keyof typeof COMPONENTS;
export const COMPONENT_KEYS = Object.keys(COMPONENTS) as ComponentKey[];

/** part / whole: one share a formula used, kept so the page can show how the points came about. */
export interface Share {
  part: number;
  whole: number;
}

/**
 * Why a component has no points: the portal holds no data of this kind at all ("no-source": complaints
 * before the feedback register, national sync, population data…), or the subject had nothing to count
 * in the period ("no-data": no dossier received, no rating given…).
 */
export type Unmeasured = "no-source" | "no-data";

export interface ComponentScore {
  key: ComponentKey;
  group: GroupKey;
  max: number;
  /** null: chưa đo. */
  points: number | null;
  share: Share | null;
  unmeasured: Unmeasured | null;
}

export function measured(key: ComponentKey, points: number, share: Share): ComponentScore {
  const { group, max } = COMPONENTS[key];
  return { key, group, max, points, share, unmeasured: null };
}

export function notMeasured(key: ComponentKey, why: Unmeasured, share: Share | null = null): ComponentScore {
  const { group, max } = COMPONENTS[key];
  return { key, group, max, points: null, share, unmeasured: why };
}

/** max × part / whole, capped at max; "no-data" when there is nothing to divide. */
export function proportional(key: ComponentKey, share: Share, fullAt = 1): ComponentScore {
  if (share.whole <= 0) return notMeasured(key, "no-data", share);
  const { max } = COMPONENTS[key];
  return measured(key, Math.min(max, (max * share.part) / share.whole / fullAt), share);
}
