import { useLocale, useTranslations } from "next-intl";
import type { ServiceListItem } from "@/lib/catalog/search-services";
import { LevelBadge, ModeBadge } from "./badges";
import { PlainLink } from "@/components/catalog/plain-link";
import { vietnameseLang } from "./vietnamese-lang";

export function serviceHref(code: string) {
  return `/thu-tuc/${encodeURIComponent(code)}`;
}

/**
 * A service's name as a page in `locale` shows it: in English the English name when the catalog has one,
 * with the Vietnamese (legal) name beside it; otherwise the Vietnamese name, marked as Vietnamese.
 */
export function ServiceName({ name, nameEn, href, className }: { name: string; nameEn: string | null; href: string; className?: string }) {
  const locale = useLocale();
  const t = useTranslations("catalog");
  if (locale === "vi" || !nameEn) {
    return (
      <PlainLink href={href} className={className} lang={vietnameseLang(locale)}>
        {name}
      </PlainLink>
    );
  }
  return (
    <>
      <PlainLink href={href} className={className}>
        {nameEn}
      </PlainLink>
      <span className="mt-1 block text-sm font-normal text-slate-700">
        {t("english.vietnameseName")}: <span lang="vi">{name}</span>
      </span>
    </>
  );
}

export function ServiceList({ items }: { items: ServiceListItem[] }) {
  const t = useTranslations("catalog");
  const locale = useLocale();
  const vi = vietnameseLang(locale);
  return (
    <ol className="grid gap-3" data-testid="service-list">
      {items.map((s) => {
        const filingPlace = s.level === "huyen" || s.level === "xa" ? t(`filingPlaceAtLevel.${s.level}`) : null;
        return (
          <li key={s.code} className="card">
            <h3 className="svc-name">
              <ServiceName name={s.name} nameEn={s.nameEn} href={serviceHref(s.code)} />
            </h3>
            {locale === "en" && s.summaryEn ? <p className="mt-1 text-sm">{s.summaryEn}</p> : null}
            <p className="svc-tags">
              <ModeBadge mode={s.mode} />
              <LevelBadge level={s.level} />
              <span>{t("codeLine", { code: s.code })}</span>
            </p>
            <dl className="svc-meta">
              <dt>{t("filingPlace")}</dt>
              {filingPlace ? <dd>{filingPlace}</dd> : <dd lang={vi}>{s.agency.name}</dd>}
              <dt>{t("field")}</dt>
              <dd lang={vi}>{s.field.name}</dd>
              {filingPlace ? (
                <>
                  <dt>{t("managingAgency")}</dt>
                  <dd lang={vi}>{s.agency.name}</dd>
                </>
              ) : null}
              <dt>{t("timeLimit")}</dt>
              <dd lang={vi}>{s.timeLimitText}</dd>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
