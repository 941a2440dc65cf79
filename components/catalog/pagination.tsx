import { useTranslations } from "next-intl";
import { catalogQueryString, type CatalogQuery } from "@/lib/catalog/catalog-query";
import { PlainLink } from "@/components/catalog/plain-link";

/** Page links around the current page; every link is a plain URL. */
export function Pagination({ query, total }: { query: CatalogQuery; total: number }) {
  const t = useTranslations("catalog");
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  if (pages <= 1) return null;
  const current = Math.min(query.page, pages);
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const href = (page: number) => `/thu-tuc${catalogQueryString(query, { page })}`;
  const linkClass = "page-link";
  return (
    <nav aria-label={t("pagination")} className="mt-6">
      <p className="mb-2 text-sm text-slate-700">{t("pageOf", { page: current, pages })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {current > 1 ? (
          <li>
            <PlainLink href={href(current - 1)} rel="prev" className={linkClass}>
              {t("previous")}
            </PlainLink>
          </li>
        ) : null}
        {shown.map((p, i) => (
          <li key={p} className="page-item">
            {i > 0 && shown[i - 1] !== p - 1 ? <span aria-hidden="true">…</span> : null}
            {p === current ? (
              <span aria-current="page" className="page-link page-current">
                {p}
              </span>
            ) : (
              <PlainLink href={href(p)} className={linkClass} aria-label={t("pageLink", { page: p })}>
                {p}
              </PlainLink>
            )}
          </li>
        ))}
        {current < pages ? (
          <li>
            <PlainLink href={href(current + 1)} rel="next" className={linkClass}>
              {t("next")}
            </PlainLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
