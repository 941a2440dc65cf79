import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { connection } from "next/server";
import { AccountBar } from "@/components/tracking/account-bar";
import { StatusBadge } from "@/components/tracking/status-badge";
import { requireUser } from "@/lib/auth/current-user";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { statusName, tracking } from "@/lib/messages/tracking";
import { ALL_STATUSES, isDossierStatus, type DossierStatus } from "@/lib/workflow/statuses";
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

export const metadata: Metadata = { title: tracking.myDossiers.title, robots: { index: false } };

const m = tracking.myDossiers;

type Search = { "trang-thai"?: string; trang?: string; xoa?: string; "xoa-ban-nhap"?: string };

function parseStatus(value: string | undefined): DossierStatus | undefined {
  const status = Number(value);
  return isDossierStatus(status) ? status : undefined;
}

export default async function MyDossiersPage({ searchParams }: { searchParams: Promise<Search> }) {
  await connection();
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
      <h1 className="text-2xl font-bold">{m.title}</h1>
      <p className="mt-1 text-slate-700">{m.intro}</p>
      {query.xoa ? (
        <Alert kind={query.xoa === "ok" ? "success" : "warning"} className="mt-4">
          {query.xoa === "ok" ? m.deleted : m.deleteFailed}
        </Alert>
      ) : null}

      <section aria-labelledby="submitted-heading" className="mt-6">
        <h2 id="submitted-heading" className="text-xl font-bold">{m.submittedHeading}</h2>
        <form method="get" action="/ho-so" className="mt-2 flex flex-wrap items-end gap-2">
          <FilterSelect
            id="trang-thai"
            label={m.filterLabel}
            emptyLabel={m.allStatuses}
            choices={ALL_STATUSES.map((s) => ({ value: String(s), label: statusName(s) }))}
            defaultValue={status ? String(status) : ""}
          />
          <button type="submit" className={buttonClass("secondary")}>
            {m.filterButton}
          </button>
        </form>
        <p className="mt-2 text-sm text-slate-700" aria-live="polite">{m.count(list.total)}</p>
        {list.rows.length === 0 ? (
          <p className="mt-2">{m.submittedEmpty}</p>
        ) : (
          <ul className="mt-2 grid gap-3">
            {list.rows.map((row) => (
              <li key={row.code} className={cardClass()}>
                <p className="flex flex-wrap items-center gap-2">
                  <Link href={`/ho-so/${encodeURIComponent(row.code)}`} className="font-mono font-semibold">
                    <span className="sr-only">{m.code} </span>
                    {row.code}
                  </Link>
                  <StatusBadge status={row.status} />
                </p>
                <p className="mt-1">{row.serviceName}</p>
                <p className="mt-1 text-sm text-slate-700">
                  {m.submittedAt}: {formatVietnamDateTime(row.submittedAt)} ·{" "}
                  {/* A dossier closed without a result has no appointment any more: say when it ended. */}
                  {(CLOSED_WITHOUT_RESULT as readonly number[]).includes(row.status) && row.completedAt
                    ? `${m.endedAt}: ${formatVietnamDateTime(row.completedAt)}`
                    : `${m.dueAt}: ${formatVietnamDateTime(row.dueAt)}`}
                </p>
              </li>
            ))}
          </ul>
        )}
        {list.pages > 1 ? (
          <nav aria-label="Phân trang" className="mt-4 flex gap-4">
            {list.page > 1 ? <Link href={pageHref(list.page - 1)}>{m.previous}</Link> : null}
            <span>
              {list.page}/{list.pages}
            </span>
            {list.page < list.pages ? <Link href={pageHref(list.page + 1)}>{m.next}</Link> : null}
          </nav>
        ) : null}
      </section>
      <section aria-labelledby="drafts-heading" className="mt-8">
        <h2 id="drafts-heading" className="text-xl font-bold">{m.draftsHeading}</h2>
        {drafts.length === 0 ? (
          <p className="mt-2">{m.draftsEmpty}</p>
        ) : (
          <ul className="mt-2 grid gap-3">
            {drafts.map((draft) => (
              <li key={draft.id} id={`ban-nhap-${draft.id}`} className={cardClass("flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between")}>
                <div>
                  <p className="font-semibold">{draft.serviceName}</p>
                  <p className="text-sm text-slate-700">
                    {m.draftStep(draft.step)} · {m.updatedAt} {formatVietnamDateTime(draft.updatedAt)}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <Link
                    href={`/thu-tuc/${encodeURIComponent(draft.serviceCode)}/nop-ho-so?draft=${draft.id}`}
                    className={buttonClass("primary", { extra: "no-underline" })}
                  >
                    {m.continue}
                  </Link>
                  {confirming !== draft.id ? (
                    // A second step before anything is deleted, that works without JavaScript: the page again, asking.
                    <form method="get" action={`/ho-so#ban-nhap-${draft.id}`}>
                      <input type="hidden" name="xoa-ban-nhap" value={draft.id} />
                      <button type="submit" aria-label={m.deleteLabel(draft.serviceName)} className={buttonClass("negative")}>
                        {m.delete}
                      </button>
                    </form>
                  ) : null}
                </div>
                {confirming === draft.id ? (
                  <div role="alert" className="basis-full rounded border-l-4 border-accent-700 bg-red-50 p-3">
                    <p className="font-semibold">{m.deleteQuestion(draft.serviceName)}</p>
                    <div className="mt-2 flex flex-wrap gap-2">
                      <form action={deleteDraftAction}>
                        <input type="hidden" name="draftId" value={draft.id} />
                        <SubmitButton variant="danger" aria-label={m.deleteConfirmLabel(draft.serviceName)}>
                          {m.deleteConfirm}
                        </SubmitButton>
                      </form>
                      <Link href="/ho-so#drafts-heading" className="rounded border border-slate-500 px-4 py-2 font-semibold text-slate-900 no-underline hover:no-underline">
                        {m.deleteCancel}
                      </Link>
                    </div>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm text-slate-700">{m.draftsPurgeNote}</p>
      </section>

    </>
  );
}
