import { useTranslations } from "next-intl";
import { isDossierStatus, STATUS } from "@/lib/workflow/statuses";

const TONE: Record<number, string> = {
  [STATUS.NEW]: "bg-sky-100 text-sky-900 ring-sky-300",
  [STATUS.RECEIVED]: "bg-sky-100 text-sky-900 ring-sky-300",
  [STATUS.REFUSED]: "bg-red-100 text-red-900 ring-red-300",
  [STATUS.PROCESSING]: "bg-indigo-100 text-indigo-900 ring-indigo-300",
  [STATUS.SUPPLEMENT_REQUESTED]: "bg-amber-100 text-amber-900 ring-amber-400",
  [STATUS.PAYMENT_REQUESTED]: "bg-amber-100 text-amber-900 ring-amber-400",
  [STATUS.WITHDRAWN]: "bg-slate-200 text-slate-900 ring-slate-400",
  [STATUS.STOPPED]: "bg-red-100 text-red-900 ring-red-300",
  [STATUS.PROCESSED]: "bg-green-100 text-green-900 ring-green-300",
  [STATUS.RETURNED]: "bg-green-100 text-green-900 ring-green-300",
};

/** The status name (docs/domain.md#statuses) in a coloured pill (the name itself carries the meaning, not the colour). */
export function StatusBadge({ status }: { status: number }) {
  const t = useTranslations("tracking");
  return (
    <span className={`inline-block rounded-full px-3 py-0.5 text-sm font-semibold ring-1 ${TONE[status] ?? TONE[STATUS.WITHDRAWN]}`}>
      {isDossierStatus(status) ? t(`statuses.${status}`) : t("statusUnknown", { status })}
    </span>
  );
}
