import { PlainLink } from "@/components/catalog/plain-link";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import type { PublishedAnswer } from "@/lib/feedback/list-published-answers";
import { useTranslations } from "next-intl";

/** The published answers of one page, and the links to the others (plain URLs, keeping the filters). */
export function PublishedAnswerList({
  items,
  total,
  page,
  pageSize,
  search,
}: {
  items: PublishedAnswer[];
  total: number;
  page: number;
  pageSize: number;
  search: Record<string, string | string[] | undefined>;
}) {
  const t = useTranslations("feedback");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (target: number) => {
    const params = new URLSearchParams();
    for (const key of ["q", "co-quan", "linh-vuc"]) {
      const value = search[key];
      if (typeof value === "string" && value !== "") params.set(key, value);
    }
    params.set("trang", String(target));
    return `/phan-anh-kien-nghi/da-tra-loi?${params}`;
  };
  return (
    <section aria-labelledby="ket-qua" className="mt-6">
      <h2 id="ket-qua" className="text-lg font-bold">
        {t("published.count", { n: total })}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2">{t("published.empty")}</p>
      ) : (
        <ul className="mt-3 grid gap-4">
          {items.map((item) => (
            <li key={item.code}>
              <article aria-labelledby={`tl-${item.code}`} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
                <p className="text-sm text-slate-700">
                  <span className="font-mono">{item.code}</span> · {t(`kinds.${item.kind}`)}
                  {item.fieldName ? ` · ${item.fieldName}` : ""}
                </p>
                <h3 id={`tl-${item.code}`} className="mt-1 text-lg font-semibold break-words">
                  {item.subject}
                </h3>
                <p className="mt-1 break-words whitespace-pre-wrap">{item.content}</p>
                <div className="mt-3 rounded border-l-4 border-brand-700 bg-brand-50 p-3">
                  <p className="text-sm text-slate-700">
                    <span className="font-semibold">{t("published.answer")}</span>
                    {item.unitName ? ` · ${item.unitName}` : ""} · {t("published.answeredOn")}{" "}
                    {formatVietnamDateTime(item.answeredAt ?? item.publishedAt)}
                  </p>
                  <p className="mt-1 break-words whitespace-pre-wrap">{item.answer}</p>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label={t("published.pagination")} className="mt-6 flex flex-wrap items-center gap-3">
          <p className="text-sm text-slate-700">{t("published.pageOf", { page: Math.min(page, pages), pages })}</p>
          {page > 1 ? (
            <PlainLink href={href(page - 1)} rel="prev" className="page-link">
              {t("published.previous")}
            </PlainLink>
          ) : null}
          {page < pages ? (
            <PlainLink href={href(page + 1)} rel="next" className="page-link">
              {t("published.next")}
            </PlainLink>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
