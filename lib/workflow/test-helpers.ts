/** Shared by the state-machine tests (dossiers and feedback): one actor of each kind, by the name the expected tables use. */
import type { OfficerRole } from "./permissions";
import type { Actor } from "./status-machine";

export type ActorName = OfficerRole | "citizen" | "system";

export const ACTORS: Record<ActorName, Actor> = {
  "tiep-nhan": { kind: "officer", roles: ["tiep-nhan"] },
  "chuyen-vien": { kind: "officer", roles: ["chuyen-vien"] },
  "lanh-dao": { kind: "officer", roles: ["lanh-dao"] },
  "quan-tri-don-vi": { kind: "officer", roles: ["quan-tri-don-vi"] },
  "quan-tri-he-thong": { kind: "officer", roles: ["quan-tri-he-thong"] },
  "tong-dai-vien": { kind: "officer", roles: ["tong-dai-vien"] },
  citizen: { kind: "citizen" },
  system: { kind: "system" },
};
