import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { connection } from "next/server";
import { AccountBar } from "@/components/tracking/account-bar";
import { StatusBadge } from "@/components/tracking/status-badge";
import { requireUser } from "@/lib/auth/current-user";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { getLocale, getTranslations } from "next-intl/server";
import { localizeHref } from "@/lib/i18n/locales";
import { statusChoices } from "@/lib/tracking/status-names";
import { isDossierStatus, type DossierStatus } from "@/lib/workflow/statuses";
import { listOwnDossiers } from "@/lib/tracking/list-own-dossiers";
import { listOwnDrafts } from "@/lib/dossiers/list-own-drafts";
import { CLOSED_WITHOUT_RESULT } from "@/lib/workflow/statuses";
import { deleteDraftAction } from "@/lib/dossiers/actions/delete-draft";
import { withDatabase } from "@/lib/database/with-database";
import { pageNumberSchema, parseBoundary } from "@/lib/validation/boundary-schemas";
import { cardClass } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracking.myDossiers"))("title"), robots: { index: false } };
}

type Search = { "trang-thai"?: string; trang?: string; xoa?: string; "xoa-ban-nhap"?: string };

function parseStatus(value: string | undefined): DossierStatus | undefined {
  const status = Number(value);
  return isDossierStatus(status) ? status : undefined;
}

export default async function MyDossiersPage({ searchParams }: { searchParams: Promise<Search> }) {
  await connection();
  const t = await getTranslations("tracking.myDossiers");
  const locale = await getLocale();
  const query = await searchParams;
  const user = await requireUser("/ho-so");
  const status = parseStatus(query["trang-thai"]);
  const [drafts, list] = await Promise.all([
    withDatabase(listOwnDrafts, user.id),
    withDatabase(listOwnDossiers, user.id, { status, page: parseBoundary(pageNumberSchema, query.trang) ?? 1 }),
  ]);
  const confirming = drafts.find((draft) => draft.id === query["xoa-ban-nhap"])?.id;
  const pageHref = (page: number) => `/ho-so?${new URLSearchParams({ ...(status ? { "trang-thai": String(status) } : {}), trang: String(page) })}`;

  return (
    <>
      <AccountBar fullName={user.fullName} current="ho-so" />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      {query.xoa ? (
        <Alert kind={query.xoa === "ok" ? "success" : "warning"} className="mt-4">
          {query.xoa === "ok" ? t("deleted") : t("deleteFailed")}
        </Alert>
      ) : null}

      <Section id="submitted-heading" title={t("submittedHeading")} className="mt-6">
        <form method="get" action={localizeHref("/ho-so", locale)} className="mt-2 flex flex-wrap items-end gap-2">
          <FilterSelect
            id="trang-thai"
            label={t("filterLabel")}
            emptyLabel={t("allStatuses")}
            choices={statusChoices(locale)}
            defaultValue={status ? String(status) : ""}
          />
          <button type="submit" className={buttonClass("secondary")}>
            {t("filterButton")}
          </button>
        </form>
        <p className="mt-2 text-sm text-slate-700" aria-live="polite">
          {t("count", { n: list.total })}
        </p>
        {list.rows.length === 0 ? (
          <p className="mt-2">{t("submittedEmpty")}</p>
        ) : (
          <ul className="mt-2 grid gap-3">
            {list.rows.map((row) => (
              <li key={row.code} className={cardClass()}>
                <p className="flex flex-wrap items-center gap-2">
                  <Link href={`/ho-so/${encodeURIComponent(row.code)}`} className="font-mono font-semibold">
                    <span className="sr-only">{t("code")} </span>
                    {row.code}
                  </Link>
                  <StatusBadge status={row.status} />
                </p>
                <p className="mt-1">{row.serviceName}</p>
                <p className="mt-1 text-sm text-slate-700">
                  {t("submittedAt")}: {formatVietnamDateTime(row.submittedAt)} ·{" "}
                  {/* A dossier closed without a result has no appointment any more: say when it ended. */}
                  {(CLOSED_WITHOUT_RESULT as readonly number[]).includes(row.status) && row.completedAt
                    ? `${t("endedAt")}: ${formatVietnamDateTime(row.completedAt)}`
                    : `${t("dueAt")}: ${formatVietnamDateTime(row.dueAt)}`}
                </p>
              </li>
            ))}
          </ul>
        )}
        {list.pages > 1 ? (
          <nav aria-label={t("pagination")} className="mt-4 flex gap-4">
            {list.page > 1 ? <Link href={pageHref(list.page - 1)}>{t("previous")}</Link> : null}
            <span>
              {list.page}/{list.pages}
            </span>
            {list.page < list.pages ? <Link href={pageHref(list.page + 1)}>{t("next")}</Link> : null}
          </nav>
        ) : null}
      </Section>
      <Section id="drafts-heading" title={t("draftsHeading")} className="mt-8">
        {drafts.length === 0 ? (
          <p className="mt-2">{t("draftsEmpty")}</p>
        ) : (
          <ul className="mt-2 grid gap-3">
            {drafts.map((draft) => (
              <li
                key={draft.id}
                id={`ban-nhap-${draft.id}`}
                className={cardClass("flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between")}
              >
                <div>
                  <p className="font-semibold">{draft.serviceName}</p>
                  <p className="text-sm text-slate-700">
                    {t("draftStep", { step: draft.step })} · {t("updatedAt")} {formatVietnamDateTime(draft.updatedAt)}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <Link
                    href={`/thu-tuc/${encodeURIComponent(draft.serviceCode)}/nop-ho-so?draft=${draft.id}`}
                    className={buttonClass("primary", { extra: "no-underline" })}
                  >
                    {t("continue")}
                  </Link>
                  {confirming !== draft.id ? (
                    // A second step before anything is deleted, that works without JavaScript: the page again, asking.
                    <form method="get" action={localizeHref(`/ho-so#ban-nhap-${draft.id}`, locale)}>
                      <input type="hidden" name="xoa-ban-nhap" value={draft.id} />
                      <button type="submit" aria-label={t("deleteLabel", { service: draft.serviceName })} className={buttonClass("negative")}>
                        {t("delete")}
                      </button>
                    </form>
                  ) : null}
                </div>
                {confirming === draft.id ? (
                  <div role="alert" className="basis-full rounded border-l-4 border-accent-700 bg-red-50 p-3">
                    <p className="font-semibold">{t("deleteQuestion", { service: draft.serviceName })}</p>
                    <div className="mt-2 flex flex-wrap gap-2">
                      <form action={deleteDraftAction}>
                        <input type="hidden" name="draftId" value={draft.id} />
                        <SubmitButton variant="danger" aria-label={t("deleteConfirmLabel", { service: draft.serviceName })}>
                          {t("deleteConfirm")}
                        </SubmitButton>
                      </form>
                      <Link
                        href="/ho-so#drafts-heading"
                        className="rounded border border-slate-500 px-4 py-2 font-semibold text-slate-900 no-underline hover:no-underline"
                      >
                        {t("deleteCancel")}
                      </Link>
                    </div>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm text-slate-700">{t("draftsPurgeNote")}</p>
      </Section>
    </>
  );
}
