import type { ReactNode } from "react";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { useTranslations } from "next-intl";
import type { DossierFee } from "@/lib/payments/list-dossier-fees";

const TONE: Record<string, string> = {
  waiting: "bg-amber-100 text-amber-900 ring-amber-400",
  paid: "bg-green-100 text-green-900 ring-green-300",
  refunded: "bg-sky-100 text-sky-900 ring-sky-300",
  cancelled: "bg-slate-200 text-slate-900 ring-slate-400",
};

/** A dossier's fees with their status in words, and the facts each status records; `actions` adds forms per fee. */
export function FeeList({ fees, actions }: { fees: DossierFee[]; actions?: (fee: DossierFee) => ReactNode }) {
  const t = useTranslations("fees");
  if (fees.length === 0) return <p className="mt-2">{t("none")}</p>;
  return (
    <ul className="mt-2 grid gap-3">
      {fees.map((fee) => {
        const facts: [string, string][] = [
          [t("requestedAt"), formatVietnamDateTime(fee.requestedAt)],
          ...(fee.paidAt ? ([[t("paidAt"), formatVietnamDateTime(fee.paidAt)]] as [string, string][]) : []),
          ...(fee.receiptNumber ? ([[t("receipt"), fee.receiptNumber]] as [string, string][]) : []),
          ...(fee.cancelledAt
            ? ([
                [t("cancelledAt"), formatVietnamDateTime(fee.cancelledAt)],
                [t("cancelReason"), fee.cancelReason ?? ""],
              ] as [string, string][])
            : []),
          ...(fee.refundedAt
            ? ([
                [t("refundedAt"), formatVietnamDateTime(fee.refundedAt)],
                [t("refundAmount"), t("vnd", { amount: fee.refundAmount ?? fee.amount })],
                [t("refundReceipt"), fee.refundReceipt ?? ""],
                [t("refundReason"), fee.refundReason ?? ""],
              ] as [string, string][])
            : []),
        ];
        return (
          <li
            key={fee.id}
            aria-label={t("feeLabel", { amount: fee.amount, status: t(`statusNames.${fee.status}`) })}
            className="rounded border border-slate-300 p-3"
          >
            <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <strong className="text-lg">{t("vnd", { amount: fee.amount })}</strong>
              <span className={`inline-block rounded-full px-3 py-0.5 text-sm font-semibold ring-1 ${TONE[fee.status] ?? TONE.cancelled}`}>
                {t(`statusNames.${fee.status}`)}
              </span>
            </p>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              {facts.map(([term, value]) => (
                <div key={term} className="contents">
                  <dt className="text-slate-700">{term}</dt>
                  <dd className="break-words">{value}</dd>
                </div>
              ))}
            </dl>
            {actions?.(fee)}
          </li>
        );
      })}
    </ul>
  );
}
