import type { Metadata } from "next";
import { connection } from "next/server";
import { withDatabase } from "@/lib/database/with-database";
import { PublishedAnswerList } from "@/components/feedback/published-answer-list";
import { listFeedbackFields, listFeedbackUnits } from "@/lib/feedback/feedback-options";
import { publishedAnswersQuerySchema } from "@/lib/feedback/feedback-schemas";
import { listPublishedAnswers, PUBLISHED_PAGE_SIZE } from "@/lib/feedback/list-published-answers";
import { getLocale, getTranslations } from "next-intl/server";
import { localizeHref } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback");
  return { title: t("published.title") };
}
type Search = { q?: string | string[]; "co-quan"?: string | string[]; "linh-vuc"?: string | string[]; trang?: string | string[] };
const one = (value: string | string[] | undefined) => (typeof value === "string" && value !== "" ? value : undefined);

/** Published answers (with the sender's consent, masked by the publisher): search without diacritics, filters, pages. */
export default async function PublishedAnswersPage({ searchParams }: { searchParams: Promise<Search> }) {
  await connection();
  const t = await getTranslations("feedback");
  const locale = await getLocale();
  const search = await searchParams;
  const parsed = publishedAnswersQuerySchema.safeParse({
    q: one(search.q),
    unitId: one(search["co-quan"]),
    fieldId: one(search["linh-vuc"]),
    page: one(search.trang),
  });
  const query = parsed.success ? parsed.data : publishedAnswersQuerySchema.parse({});
  const [result, units, fields] = await Promise.all([
    withDatabase(listPublishedAnswers, query),
    withDatabase(listFeedbackUnits),
    withDatabase(listFeedbackFields),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("published.title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t("published.intro")}</p>
      <form
        method="get"
        action={localizeHref("/phan-anh-kien-nghi/da-tra-loi", locale)}
        role="search"
        className="mt-4 grid gap-3 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end"
      >
        <div>
          <label htmlFor="q" className="block font-semibold">
            {t("published.search")}
          </label>
          <p id="q-goi-y" className="text-sm text-slate-700">
            {t("published.searchHint")}
          </p>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            maxLength={200}
            aria-describedby="q-goi-y"
            className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base"
          />
        </div>
        <div>
          <label htmlFor="co-quan" className="block font-semibold">
            {t("published.unit")}
          </label>
          <select
            id="co-quan"
            name="co-quan"
            defaultValue={query.unitId ? String(query.unitId) : ""}
            className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base"
          >
            <option value="">{t("published.all")}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="linh-vuc" className="block font-semibold">
            {t("published.field")}
          </label>
          <select
            id="linh-vuc"
            name="linh-vuc"
            defaultValue={query.fieldId ? String(query.fieldId) : ""}
            className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base"
          >
            <option value="">{t("published.all")}</option>
            {fields.map((field) => (
              <option key={field.id} value={field.id}>
                {field.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="w-full rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 sm:w-auto">
            {t("published.filter")}
          </button>
        </div>
      </form>
      <PublishedAnswerList items={result.items} total={result.total} page={query.page} pageSize={PUBLISHED_PAGE_SIZE} search={search} />
    </>
  );
}
