import { proportional, type ComponentScore } from "./components";

export interface OnlineServiceFigures {
  /** The subject's published procedures. */
  services: number;
  /** Of them, those offered online (a "trực tuyến" channel: full-process or partial). */
  offeredOnline: number;
  /** Of those, the ones that received at least one online dossier in the period. */
  usedOnline: number;
  received: number;
  receivedOnline: number;
}

/**
 * Online services (12) = min(2, 2A / 0,8) + 4B + min(6, 6C / 0,5):
 * A = procedures offered online / procedures, B = online procedures that received dossiers / online
 * procedures, C = dossiers filed online / dossiers received.
 */
export function scoreOnlineServices(f: OnlineServiceFigures): ComponentScore[] {
  return [
    proportional("offeredOnline", { part: f.offeredOnline, whole: f.services }, 0.8),
    proportional("usedOnline", { part: f.usedOnline, whole: f.offeredOnline }),
    proportional("filedOnline", { part: f.receivedOnline, whole: f.received }, 0.5),
  ];
}
