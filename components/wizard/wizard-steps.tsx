import { Link } from "@/lib/i18n/navigation";
import { wizardUrl } from "@/lib/dossiers/wizard-url";
import { useTranslations } from "next-intl";

const STEPS = ["applicant", "form", "documents", "review"] as const;

/** The four steps; those already reached are links (review → edit any step). */
export function WizardSteps({ serviceCode, draftId, current, reached }: { serviceCode: string; draftId: string; current: number; reached: number }) {
  const t = useTranslations("submission");
  return (
    <nav aria-label={t("progressLabel")}>
      <ol className="grid gap-2 sm:grid-cols-4">
        {STEPS.map((name, i) => {
          const label = t(`stepLabels.${name}`);
          const step = i + 1;
          const isCurrent = step === current;
          const body = (
            <>
              <span className="block text-sm">{t("stepOf", { step, total: STEPS.length })}</span>
              <span className="font-semibold">{label}</span>
            </>
          );
          const box = `block rounded border px-3 py-2 ${isCurrent ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-900"}`;
          return (
            <li key={label}>
              {step <= reached && !isCurrent ? (
                <Link href={wizardUrl(serviceCode, draftId, step)} className={`${box} no-underline hover:border-brand-700`}>
                  {body}
                </Link>
              ) : (
                <span className={box} aria-current={isCurrent ? "step" : undefined}>
                  {body}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
