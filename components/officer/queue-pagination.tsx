import { useTranslations } from "next-intl";
import { PlainLink } from "@/components/catalog/plain-link";
import type { QueueQuery } from "@/lib/officers/queue-query";
import { queueHref } from "@/lib/officers/queue-url";

export function QueuePagination({ query, total, pageSize }: { query: QueueQuery; total: number; pageSize: number }) {
  const t = useTranslations("officer.pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const linkClass = "rounded border border-slate-300 bg-white px-3 py-2 font-semibold";
  return (
    <nav aria-label={t("label")} className="mt-4 flex flex-wrap items-center gap-3">
      {query.page > 1 ? (
        <PlainLink rel="prev" href={queueHref("/quan-tri", query, { page: query.page - 1 })} className={linkClass}>
          {t("previous")}
        </PlainLink>
      ) : null}
      <span>{t("page", { page: Math.min(query.page, pages), pages })}</span>
      {query.page < pages ? (
        <PlainLink rel="next" href={queueHref("/quan-tri", query, { page: query.page + 1 })} className={linkClass}>
          {t("next")}
        </PlainLink>
      ) : null}
    </nav>
  );
}
