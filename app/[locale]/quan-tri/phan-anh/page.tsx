import type { Metadata } from "next";
import { connection } from "next/server";
import { withDatabase } from "@/lib/database/with-database";
import { PlainLink } from "@/components/catalog/plain-link";
import { FeedbackQueueTable } from "@/components/feedback/feedback-queue-table";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { feedbackQueueQuerySchema } from "@/lib/feedback/feedback-schemas";
import { FEEDBACK_QUEUES } from "@/lib/feedback/feedback-schemas";
import { FEEDBACK_PAGE_SIZE, listFeedbackQueue } from "@/lib/feedback/list-feedback-queue";
import { getLocale, getTranslations } from "next-intl/server";
import { localizeHref } from "@/lib/i18n/locales";
import { mayOfficer } from "@/lib/workflow/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedbackOfficer");
  return { title: t("title"), robots: { index: false } };
}

type Search = { "hang-doi"?: string | string[]; q?: string | string[]; trang?: string | string[] };
const one = (value: string | string[] | undefined) => (typeof value === "string" && value !== "" ? value : undefined);

/** The feedback queues: the centre sees every item, an agency only what was forwarded to it (the query holds it). */
export default async function FeedbackQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  await connection();
  const officer = await requireOfficerPermission("view-feedback", "/quan-tri/phan-anh");
  const search = await searchParams;
  const parsed = feedbackQueueQuerySchema.safeParse({ queue: one(search["hang-doi"]), q: one(search.q), page: one(search.trang) });
  const query = parsed.success ? parsed.data : feedbackQueueQuerySchema.parse({});
  const now = workflowNow();
  const { items, total, counts } = await withDatabase(listFeedbackQueue, officer, query, now);
  const href = (params: Record<string, string | undefined>) => {
    const url = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) url.set(key, value);
    return `/quan-tri/phan-anh?${url}`;
  };
  const pages = Math.max(1, Math.ceil(total / FEEDBACK_PAGE_SIZE));
  const t = await getTranslations("feedbackOfficer");
  const locale = await getLocale();
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {mayOfficer(officer.roles, "feedback-intake") ? (
          <PlainLink
            href="/quan-tri/phan-anh/nhap"
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
          >
            {t("intake")}
          </PlainLink>
        ) : null}
      </div>
      <nav aria-label={t("queuesLabel")} className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {FEEDBACK_QUEUES.map((queue) => (
            <li key={queue}>
              <PlainLink
                href={href({ "hang-doi": queue })}
                aria-current={queue === query.queue ? "page" : undefined}
                className={`block rounded border px-3 py-2 text-sm font-semibold ${queue === query.queue ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-brand-800"}`}
              >
                {t("queueWithCount", { queue: t(`queues.${queue}`), count: counts[queue] })}
              </PlainLink>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={localizeHref("/quan-tri/phan-anh", locale)} role="search" className="mt-4 flex flex-wrap items-end gap-2">
        <input type="hidden" name="hang-doi" value={query.queue} />
        <TextField
          id="q"
          name="q"
          type="search"
          label={t("searchLabel")}
          defaultValue={query.q ?? ""}
          maxLength={200}
          fieldClassName="min-w-0 flex-1 sm:max-w-md"
        />
        <button type="submit" className={buttonClass("primary")}>
          {t("searchButton")}
        </button>
      </form>
      <FeedbackQueueTable rows={items} />
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-3">
          <p className="text-sm">{t("pageOf", { page: Math.min(query.page, pages), pages })}</p>
          {query.page > 1 ? (
            <PlainLink href={href({ "hang-doi": query.queue, q: query.q, trang: String(query.page - 1) })}>{t("previous")}</PlainLink>
          ) : null}
          {query.page < pages ? (
            <PlainLink href={href({ "hang-doi": query.queue, q: query.q, trang: String(query.page + 1) })}>{t("next")}</PlainLink>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
