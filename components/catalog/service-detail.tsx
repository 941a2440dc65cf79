import { useLocale, useTranslations } from "next-intl";
import type { ServiceDetail } from "@/lib/catalog/get-service";
import { LevelBadge, ModeBadge } from "./badges";
import { PrintButton } from "./print-button";
import { serviceHref } from "./service-list";
import { vietnameseLang } from "./vietnamese-lang";
import { PlainLink } from "@/components/catalog/plain-link";
import { Alert } from "@/components/ui/alert";
import { cardClass } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";

/** A part of the procedure's record, framed as a card that prints without its frame. */
function DetailSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Section
      id={id}
      title={title}
      className={cardClass("print:shadow-none print:ring-0", "roomy")}
      headingClassName="mb-3 text-lg font-bold text-brand-900"
    >
      {children}
    </Section>
  );
}

/** `children`: sections the page adds at the end (the service's published record). */
export function ServiceDetailView({ service, children }: { service: ServiceDetail; children?: React.ReactNode }) {
  const t = useTranslations("catalog");
  const locale = useLocale();
  // On an English page every element holding the procedure's own (Vietnamese, legal) text says so.
  const vi = vietnameseLang(locale);
  const english = locale === "en" && service.nameEn ? { name: service.nameEn, summary: service.summaryEn } : null;
  const money = (amount: number) => (amount === 0 ? t("detail.free") : t("detail.amount", { amount }));
  const explanation = `modeExplanations.${service.mode}` as const;
  // grid-cols-1 is minmax(0, 1fr): a wide table scrolls inside its box instead of widening the page (320 px).
  return (
    <article className="grid grid-cols-1 gap-5">
      <nav aria-label={t("detail.breadcrumb")} className="no-print text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <PlainLink href="/">{t("detail.home")}</PlainLink> ›
          </li>
          <li>
            <PlainLink href="/thu-tuc">{t("catalogTitle")}</PlainLink> ›
          </li>
          <li>
            <PlainLink href={`/thu-tuc?field=${service.field.code}`} lang={vi}>
              {service.field.name}
            </PlainLink>
          </li>
        </ol>
      </nav>
      <header className="grid gap-3">
        {english ? (
          <>
            <h1 className="text-2xl font-bold sm:text-3xl">{english.name}</h1>
            <p className="text-lg">
              {t("english.vietnameseName")}: <span lang="vi">{service.name}</span>
            </p>
            {english.summary ? <p>{english.summary}</p> : null}
          </>
        ) : (
          <h1 className="text-2xl font-bold sm:text-3xl" lang={vi}>
            {service.name}
          </h1>
        )}
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <ModeBadge mode={service.mode} />
          <LevelBadge level={service.level} />
          <span>
            {t("detail.code")}: <strong>{service.code}</strong>
          </span>
          <span>· {t("detail.version", { version: service.version })}</span>
        </div>
        <div className="no-print flex flex-wrap gap-3">
          <PlainLink
            href={`${serviceHref(service.code)}/nop-ho-so`}
            className="rounded bg-accent-600 px-5 py-3 font-semibold text-white hover:bg-accent-700 hover:no-underline"
          >
            {t("submitOnline")}
          </PlainLink>
          <PrintButton />
        </div>
      </header>

      {locale === "en" ? (
        <Alert kind="info" role={null}>
          <p>{t("english.legalTextNotice")}</p>
        </Alert>
      ) : null}

      <section aria-labelledby="muc-do" className="rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4">
        <h2 id="muc-do" className="font-bold">
          {t(`${explanation}.title`)}
        </h2>
        <dl className="mt-2 grid gap-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("detail.online")}</dt>
          <dd>{t(`${explanation}.online`)}</dd>
          <dt className="font-semibold">{t("detail.inPerson")}</dt>
          <dd>{t(`${explanation}.inPerson`)}</dd>
        </dl>
      </section>

      <DetailSection id="thong-tin" title={t("detail.generalInfo")}>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[16rem_1fr]">
          <dt className="font-semibold">{t("detail.code")}</dt>
          <dd>{service.code}</dd>
          <dt className="font-semibold">{t("detail.field")}</dt>
          <dd lang={vi}>{service.field.name}</dd>
          <dt className="font-semibold">{t("detail.agency")}</dt>
          <dd lang={vi}>
            <PlainLink href={`/thu-tuc?agency=${service.agency.code}`}>{service.agency.name}</PlainLink>
          </dd>
          <dt className="font-semibold">{t("detail.performingBody")}</dt>
          <dd lang={vi}>{service.performingBody}</dd>
          <dt className="font-semibold">{t("detail.decidingBody")}</dt>
          <dd lang={vi}>{service.decidingBody}</dd>
          <dt className="font-semibold">{t("detail.level")}</dt>
          <dd>{t(`levels.${service.level}`)}</dd>
          <dt className="font-semibold">{t("detail.mode")}</dt>
          <dd>{t(`modes.${service.mode}`)}</dd>
          <dt className="font-semibold">{t("detail.audience")}</dt>
          <dd>{t(`audiences.${service.audience}`)}</dd>
          <dt className="font-semibold">{t("detail.timeLimit")}</dt>
          <dd lang={vi}>{service.timeLimitText}</dd>
          <dt className="font-semibold">{t("detail.setsCount")}</dt>
          <dd>{service.setsCount}</dd>
          <dt className="font-semibold">{t("detail.result")}</dt>
          <dd lang={vi}>{service.result}</dd>
          <dt className="font-semibold">{t("detail.status")}</dt>
          <dd>{t("detail.statusActive")}</dd>
          {service.lifeEventNames.length > 0 ? (
            <>
              <dt className="font-semibold">{t("detail.lifeEvents")}</dt>
              <dd className="flex flex-wrap gap-2" lang={vi}>
                {service.lifeEventNames.map((e) => (
                  <PlainLink key={e.code} href={`/thu-tuc?event=${e.code}`}>
                    {e.name}
                  </PlainLink>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
      </DetailSection>

      <DetailSection id="trinh-tu" title={t("detail.steps")}>
        <ol className="list-decimal space-y-2 pl-6" lang={vi}>
          {service.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      </DetailSection>

      <DetailSection id="cach-thuc" title={t("detail.channels")}>
        <DataTable
          id="bang-cach-thuc"
          caption={t("detail.channels")}
          captionHidden
          minWidth="min-w-[32rem]"
          columns={[t("detail.channel"), t("detail.channelTime"), t("detail.channelFee"), t("detail.channelNote")].map((header) => ({ header }))}
        >
          {service.channels.map((c) => (
            <tr key={c.channel}>
              <th scope="row" className="font-semibold">
                {t(`channels.${c.channel}`)}
              </th>
              <td lang={vi}>{c.timeLimit}</td>
              <td lang={vi}>{c.fee}</td>
              <td lang={vi}>{c.description}</td>
            </tr>
          ))}
        </DataTable>
      </DetailSection>

      <DetailSection id="thanh-phan" title={t("detail.documents")}>
        <DataTable
          id="bang-thanh-phan"
          caption={t("detail.documents")}
          captionHidden
          minWidth="min-w-[32rem]"
          columns={[t("detail.documentName"), t("detail.originals"), t("detail.copies"), t("detail.requiredDoc"), t("detail.template")].map(
            (header) => ({ header }),
          )}
        >
          {service.documents.map((d) => (
            <tr key={d.name}>
              <th scope="row" className="font-normal" lang={vi}>
                {d.name}
              </th>
              <td>{d.originals}</td>
              <td>{d.copies}</td>
              <td>{d.required ? t("detail.yes") : t("detail.no")}</td>
              {d.template ? <td lang={vi}>{d.template}</td> : <td>{t("detail.noTemplate")}</td>}
            </tr>
          ))}
        </DataTable>
        <p className="mt-3 text-sm">{t("detail.setsCountLine", { count: service.setsCount })}</p>
      </DetailSection>

      <DetailSection id="phi" title={t("detail.fees")}>
        {service.fees.length === 0 ? (
          <p>{t("detail.free")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {service.fees.map((f) => (
              <li key={f.name}>
                <strong lang={vi}>{f.name}</strong>: {money(f.amount)}
                {f.description ? <span lang={vi}>{` – ${f.description}`}</span> : ""}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm">
          {t.rich("detail.feeLegalBasisLine", { basis: service.feeLegalBasis, data: (chunks) => <span lang={vi}>{chunks}</span> })}
        </p>
      </DetailSection>

      <DetailSection id="dieu-kien" title={t("detail.conditions")}>
        <p lang={vi}>{service.conditions}</p>
      </DetailSection>

      <DetailSection id="can-cu" title={t("detail.legalBasis")}>
        <ul className="list-disc space-y-1 pl-6" lang={vi}>
          {service.legalBasis.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </DetailSection>

      <DetailSection id="bieu-mau" title={t("detail.formFields")}>
        <ul className="list-disc space-y-1 pl-6">
          {service.formDefinition.map((f) => (
            <li key={f.name}>
              <span lang={vi}>{f.label}</span>{" "}
              <span className="text-slate-700">
                {t(f.required ? "detail.formFieldTypeRequired" : "detail.formFieldType", { type: t(`formFieldTypes.${f.type}`) })}
              </span>
            </li>
          ))}
        </ul>
      </DetailSection>

      <DetailSection id="dia-chi" title={t("detail.receivingAddress")}>
        <p lang={vi}>{service.receivingAddress}</p>
        <p className="mt-2 text-sm text-slate-700" lang={vi}>
          {service.agency.name} · {service.agency.address} · {service.agency.phone}
        </p>
      </DetailSection>
      {children}
    </article>
  );
}
