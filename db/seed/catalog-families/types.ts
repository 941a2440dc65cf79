import type { Audience, FormField, Level, Mode, ServiceDocument } from "@/lib/catalog/service-schema";
import type { AgencyKey } from "@/db/seed/administrative-units";

export type { AgencyKey };

export interface TimeSpec {
  value: number;
  unit: "ngay-lam-viec" | "gio-lam-viec";
  /** Wording shown to the citizen; derived from value and unit when absent. */
  text?: string;
}

export interface FeeSpec {
  name: string;
  /** Amount in đồng; 0 for an explicitly waived fee. */
  amount: number;
  description?: string;
}

/** Where a dossier is received when it is not the default one-stop desk of its level. */
export interface OfficeSpec {
  /** Short name used in the steps, e.g. "Công an cấp xã nơi cư trú". */
  counter: string;
  address: string;
}

/** What one service of a family may say; a variant overrides any of these. */
export interface ServiceTraits {
  level: Level;
  mode: Mode;
  audience: Audience;
  time: TimeSpec;
  /** Omitted or empty: free of charge. */
  fees?: FeeSpec[];
  /** Legal basis of the fees; "Không thu phí" when omitted and free. */
  feeBasis?: string;
  /** Fee wording on the online channel when it differs (e.g. free when filed online). */
  onlineFee?: string;
  result: string;
  legal: string[];
  conditions?: string;
  docs: ServiceDocument[];
  form: FormField[];
  /** Custom steps; generated from the level, bodies and mode when absent. */
  steps?: string[];
  performingBody?: string;
  decidingBody?: string;
  office?: OfficeSpec;
  /** For "một phần" services: what the applicant must still do in person. */
  inPerson?: string;
  /** Whether the postal channel is offered; defaults to true above commune level. */
  postal?: boolean;
  popularity: number;
  lifeEvents?: string[];
}

export interface VariantSpec extends Partial<ServiceTraits> {
  name: string;
  /** Real national code when known; otherwise one is derived from the name. */
  code?: string;
  /** A field other than the family's, for a variant that belongs elsewhere in the catalog. */
  field?: string;
  extraDocs?: ServiceDocument[];
  extraForm?: FormField[];
  extraLegal?: string[];
  /** Scales the family's time limit (working days only), e.g. 0.5 for a reissue. */
  timeFactor?: number;
  /** Scales the family's popularity; 0.25 when neither this nor popularity is given. */
  popularityFactor?: number;
}

/** A family of real procedures: the plain procedure itself plus its variants. */
export interface FamilySpec extends ServiceTraits {
  /** ASCII slug of the family, used for ordering and diagnostics. */
  key: string;
  /** The plain procedure name; it is a service of its own. */
  name: string;
  code?: string;
  field: string;
  agency: AgencyKey;
  variants?: VariantSpec[];
}
