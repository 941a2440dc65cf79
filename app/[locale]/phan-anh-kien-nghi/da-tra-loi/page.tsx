import type { Metadata } from "next";
import { connection } from "next/server";
import { withDatabase } from "@/lib/database/with-database";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
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
        <TextField
          id="q"
          name="q"
          type="search"
          label={t("published.search")}
          hint={t("published.searchHint")}
          defaultValue={query.q ?? ""}
          maxLength={200}
        />
        <SelectField id="co-quan" name="co-quan" label={t("published.unit")} defaultValue={query.unitId ? String(query.unitId) : ""}>
          <Options choices={[{ value: "", label: t("published.all") }, ...units.map((unit) => ({ value: String(unit.id), label: unit.name }))]} />
        </SelectField>
        <SelectField id="linh-vuc" name="linh-vuc" label={t("published.field")} defaultValue={query.fieldId ? String(query.fieldId) : ""}>
          <Options choices={[{ value: "", label: t("published.all") }, ...fields.map((field) => ({ value: String(field.id), label: field.name }))]} />
        </SelectField>
        <div>
          <button type="submit" className={buttonClass("primary", { extra: "w-full sm:w-auto" })}>
            {t("published.filter")}
          </button>
        </div>
      </form>
      <PublishedAnswerList items={result.items} total={result.total} page={query.page} pageSize={PUBLISHED_PAGE_SIZE} search={search} />
    </>
  );
}
