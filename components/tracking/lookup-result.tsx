import { formatVietnamDateTime } from "@/lib/calendar/format";
import { useTranslations } from "next-intl";
import type { PublicDossierStatus } from "@/lib/tracking/lookup-dossier";
import { ClosureStatement } from "./closure-statement";
import { DossierTimeline } from "./dossier-timeline";
import { ResultSection } from "./result-section";
import { StatusBadge } from "./status-badge";
import { cardClass } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
import { Section } from "@/components/ui/section";

/**
 * The public answer: the result first for a finished dossier, how a closed one ended, then status, dates
 * and the public steps — nothing personal. A closed dossier shows no appointment: it no longer runs.
 */
export function LookupResult({ dossier }: { dossier: PublicDossierStatus }) {
  const t = useTranslations("tracking");
  const running = !dossier.closure;
  const facts: [string, string][] = [
    [t("detail.service"), dossier.serviceName],
    [t("detail.unit"), dossier.unitName],
    [t("detail.submittedAt"), formatVietnamDateTime(new Date(dossier.submittedAt))],
    ...(running ? [[t("detail.dueAt"), formatVietnamDateTime(new Date(dossier.dueAt))] as [string, string]] : []),
    ...(running && dossier.newAppointment
      ? [[t("detail.newAppointment"), formatVietnamDateTime(new Date(dossier.newAppointment))] as [string, string]]
      : []),
    ...(dossier.completedAt ? [[t("detail.completedAt"), formatVietnamDateTime(new Date(dossier.completedAt))] as [string, string]] : []),
  ];
  return (
    <Section
      id="lookup-result-heading"
      title={
        <>
          {t("lookup.resultHeading")}: <span className="font-mono">{dossier.code}</span>
        </>
      }
      className={cardClass("mt-6")}
      headingClassName="text-lg font-bold"
    >
      <div className="mt-3 grid gap-3">
        {dossier.result ? <ResultSection result={dossier.result} note={t("detail.result.lookupFile")} /> : null}
        {dossier.closure ? <ClosureStatement closure={{ kind: dossier.closure.kind, at: new Date(dossier.closure.at) }} /> : null}
      </div>
      <p className="mt-3">
        <span className="font-semibold">{t("detail.status")}:</span> <StatusBadge status={dossier.status} />
      </p>
      <FactList facts={facts} className="mt-3 gap-x-4 gap-y-2" />
      <h3 className="mt-4 mb-3 font-bold">{t("detail.timeline")}</h3>
      <DossierTimeline items={dossier.timeline.map((t) => ({ at: t.at, action: t.action, toStatus: t.status }))} showDetails={false} />
    </Section>
  );
}
