import { GROUPS, type ComponentScore, type GroupKey } from "./components";
import { scoreDigitization, type ResultFigures } from "./score-digitization";
import { scoreOnlinePayment, type PaymentFigures } from "./score-online-payment";
import { scoreOnlineServices, type OnlineServiceFigures } from "./score-online-services";
import { scoreProgress, type ProgressFigures } from "./score-progress";
import { scoreSatisfaction, type ComplaintFigures, type RatingFigures } from "./score-satisfaction";
import { scoreTransparency, type CatalogFigures } from "./score-transparency";

/** Everything the index of one agency or district is computed from, for one period. */
export interface IndexInputs {
  catalog: CatalogFigures & {
    offeredOnline: number;
    usedOnline: number;
    feeServices: number;
    feeServicesOnline: number;
    feeServicesPaidOnline: number;
  };
  dossiers: ProgressFigures & { receivedOnline: number };
  payments: Pick<PaymentFigures, "paidDossiers" | "paidOnline">;
  ratings: RatingFigures;
  results: ResultFigures;
  complaints: ComplaintFigures | null;
}

export interface GroupScore {
  group: GroupKey;
  max: number;
  /** Sum over the measured components; null when none is measured. */
  points: number | null;
  measuredMax: number;
  components: ComponentScore[];
}

export interface IndexScore {
  groups: GroupScore[];
  /** Points over the measured components. */
  points: number;
  /** The sum of the measured components' maxima ("điểm trên N điểm đo được"). */
  measuredMax: number;
  /** points × 100 / measuredMax; null when nothing could be measured. */
  scaled: number | null;
}

export function scoreComponents(inputs: IndexInputs): ComponentScore[] {
  const { catalog, dossiers } = inputs;
  const online: OnlineServiceFigures = {
    services: catalog.services,
    offeredOnline: catalog.offeredOnline,
    usedOnline: catalog.usedOnline,
    received: dossiers.received,
    receivedOnline: dossiers.receivedOnline,
  };
  return [
    ...scoreTransparency(catalog),
    ...scoreProgress(dossiers),
    ...scoreOnlineServices(online),
    ...scoreOnlinePayment({
      ...inputs.payments,
      feeServices: catalog.feeServices,
      feeServicesOnline: catalog.feeServicesOnline,
      feeServicesPaidOnline: catalog.feeServicesPaidOnline,
    }),
    ...scoreSatisfaction(inputs.ratings, inputs.complaints),
    ...scoreDigitization(inputs.results),
  ];
}

/** The index: measured components summed, unmeasured ones left out with the maximum adjusted. */
export function totalIndex(components: readonly ComponentScore[]): IndexScore {
  const groups = GROUPS.map((group): GroupScore => {
    const own = components.filter((c) => c.group === group);
    const done = own.filter((c) => c.points !== null);
    return {
      group,
      max: own.reduce((s, c) => s + c.max, 0),
      points: done.length ? done.reduce((s, c) => s + c.points!, 0) : null,
      measuredMax: done.reduce((s, c) => s + c.max, 0),
      components: own,
    };
  });
  const points = groups.reduce((s, g) => s + (g.points ?? 0), 0);
  const measuredMax = groups.reduce((s, g) => s + g.measuredMax, 0);
  return { groups, points, measuredMax, scaled: measuredMax > 0 ? (points * 100) / measuredMax : null };
}

export function computeIndex(inputs: IndexInputs): IndexScore {
  return totalIndex(scoreComponents(inputs));
}

/** Components the portal has no source for (the same for every subject): listed once on the page. */
export function sourcelessComponents(scores: readonly IndexScore[]): ComponentScore[] {
  const first = scores[0];
  if (!first) return [];
  const all = first.groups.flatMap((g) => g.components);
  return all.filter((c) => scores.every((s) => s.groups.some((g) => g.components.some((o) => o.key === c.key && o.unmeasured === "no-source"))));
}
