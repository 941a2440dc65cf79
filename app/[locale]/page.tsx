import { getLocale, getTranslations } from "next-intl/server";
import { LevelBadge, ModeBadge } from "@/components/catalog/badges";
import { serviceHref, ServiceName } from "@/components/catalog/service-list";
import { vietnameseLang } from "@/components/catalog/vietnamese-lang";
import { getCachedOverview, getCachedUnits } from "@/lib/catalog/cached-catalog";
import { localizeHref } from "@/lib/i18n/locales";
import { PlainLink } from "@/components/catalog/plain-link";
import { cardClass } from "@/components/ui/card";
import { Section } from "@/components/ui/section";

// Rendered per request from cached catalog data: the database is never read at build time.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [overview, units, t, locale] = await Promise.all([getCachedOverview(), getCachedUnits(), getTranslations("catalog"), getLocale()]);
  const agencies = units
    .filter((u) => u.kind === "agency")
    .sort((a, b) => b.serviceCount - a.serviceCount)
    .slice(0, 8);
  // Life events, fields and agencies are catalog data, in Vietnamese.
  const vi = vietnameseLang(locale);
  return (
    <div className="grid gap-8">
      <section className="rounded-xl bg-brand-700 px-5 py-8 text-white sm:px-8">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("home.heroTitle")}</h1>
        <p className="mt-2 max-w-2xl text-brand-50">{t("home.heroBody")}</p>
        <form action={localizeHref("/thu-tuc", locale)} method="get" role="search" className="mt-5 flex max-w-2xl flex-col gap-2 sm:flex-row">
          <label htmlFor="home-q" className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            placeholder={t("searchPlaceholder")}
            className="block w-full rounded border-0 bg-white px-4 py-3 text-base text-slate-900 placeholder:text-slate-600"
            autoComplete="off"
          />
          <button type="submit" className="rounded bg-accent-600 px-6 py-3 font-semibold whitespace-nowrap text-white hover:bg-accent-700">
            {t("searchButton")}
          </button>
        </form>
      </section>

      <Section id="so-lieu" title={t("home.countsTitle")} headingClassName="mb-3 text-xl font-bold">
        <ul className="grid gap-3 sm:grid-cols-3">
          <li className={cardClass()}>
            <PlainLink href="/thu-tuc" className="block text-3xl font-bold">
              {t("home.count", { n: overview.total })}
            </PlainLink>
            <span>{t("home.countTotal")}</span>
          </li>
          <li className={cardClass()}>
            <PlainLink href="/thu-tuc?mode=toan-trinh" className="block text-3xl font-bold" data-testid="count-full">
              {t("home.count", { n: overview.byMode["toan-trinh"] })}
            </PlainLink>
            <span>{t("home.countFull")}</span>
          </li>
          <li className={cardClass()}>
            <PlainLink href="/thu-tuc?mode=mot-phan" className="block text-3xl font-bold" data-testid="count-partial">
              {t("home.count", { n: overview.byMode["mot-phan"] })}
            </PlainLink>
            <span>{t("home.countPartial")}</span>
          </li>
        </ul>
      </Section>

      <Section id="su-kien" title={t("home.byEvent")} headingClassName="mb-3 text-xl font-bold">
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {overview.lifeEvents.map((e) => (
            <li key={e.code} className={cardClass()}>
              <PlainLink href={`/thu-tuc?event=${e.code}`} className="font-semibold" lang={vi}>
                {e.name}
              </PlainLink>
              <p className="mt-1 text-sm text-slate-700">{t("home.servicesCount", { n: e.count })}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="dung-nhieu" title={t("home.mostUsed")} headingClassName="mb-3 text-xl font-bold">
        <ul className="grid gap-3 sm:grid-cols-2">
          {overview.mostUsed.map((s) => (
            <li key={s.code} className={cardClass()}>
              <ServiceName name={s.name} nameEn={s.nameEn} href={serviceHref(s.code)} className="font-semibold" />
              <div className="mt-2 flex gap-2">
                <ModeBadge mode={s.mode} />
                <LevelBadge level={s.level} />
              </div>
            </li>
          ))}
        </ul>
      </Section>

      <div className="grid gap-8 lg:grid-cols-2">
        <Section id="linh-vuc" title={t("home.byField")} headingClassName="mb-3 text-xl font-bold">
          <ul className={cardClass("grid gap-x-4 gap-y-2 sm:grid-cols-2")}>
            {overview.fields.map((f) => (
              <li key={f.code}>
                <PlainLink href={`/thu-tuc?field=${f.code}`} lang={vi}>
                  {f.name}
                </PlainLink>{" "}
                <span className="text-sm text-slate-700">{t("home.countInBrackets", { n: f.count })}</span>
              </li>
            ))}
          </ul>
        </Section>
        <Section id="co-quan" title={t("home.byAgency")} headingClassName="mb-3 text-xl font-bold">
          <ul className={cardClass("grid gap-2")}>
            {agencies.map((a) => (
              <li key={a.code}>
                <PlainLink href={`/thu-tuc?agency=${a.code}`} lang={vi}>
                  {a.name}
                </PlainLink>{" "}
                <span className="text-sm text-slate-700">{t("home.countInBrackets", { n: a.serviceCount })}</span>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <PlainLink href="/co-quan" className="font-semibold">
              {t("home.allAgencies")}
            </PlainLink>
          </p>
        </Section>
      </div>
    </div>
  );
}
