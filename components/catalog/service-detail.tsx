import type { ServiceDetail } from "@/lib/catalog/get-service";
import { audienceLabels, catalogMessages as m, channelLabels, levelLabels, modeExplanations, modeLabels } from "@/lib/messages/catalog";
import { LevelBadge, ModeBadge } from "./badges";
import { PrintButton } from "./print-button";
import { serviceHref } from "./service-list";
import { PlainLink } from "@/components/catalog/plain-link";
import { cardClass } from "@/components/ui/card";

const money = (amount: number) => (amount === 0 ? m.detail.free : `${amount.toLocaleString("vi-VN")} đồng`);

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={cardClass("print:shadow-none print:ring-0", "roomy")}>
      <h2 id={id} className="mb-3 text-lg font-bold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

const th = "border-b border-slate-300 px-3 py-2 text-left font-semibold";
const td = "border-b border-slate-200 px-3 py-2 align-top";

/** `children`: sections the page adds at the end (the service's published record). */
export function ServiceDetailView({ service, children }: { service: ServiceDetail; children?: React.ReactNode }) {
  const explanation = modeExplanations[service.mode];
  // grid-cols-1 is minmax(0, 1fr): a wide table scrolls inside its box instead of widening the page (320 px).
  return (
    <article className="grid grid-cols-1 gap-5">
      <nav aria-label={m.detail.breadcrumb} className="no-print text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <PlainLink href="/">Trang chủ</PlainLink> ›
          </li>
          <li>
            <PlainLink href="/thu-tuc">{m.catalogTitle}</PlainLink> ›
          </li>
          <li>
            <PlainLink href={`/thu-tuc?field=${service.field.code}`}>{service.field.name}</PlainLink>
          </li>
        </ol>
      </nav>
      <header className="grid gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{service.name}</h1>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <ModeBadge mode={service.mode} />
          <LevelBadge level={service.level} />
          <span>
            {m.detail.code}: <strong>{service.code}</strong>
          </span>
          <span>
            · {m.detail.version} {service.version}
          </span>
        </div>
        <div className="no-print flex flex-wrap gap-3">
          <PlainLink
            href={`${serviceHref(service.code)}/nop-ho-so`}
            className="rounded bg-accent-600 px-5 py-3 font-semibold text-white hover:bg-accent-700 hover:no-underline"
          >
            {m.submitOnline}
          </PlainLink>
          <PrintButton />
        </div>
      </header>

      <section aria-labelledby="muc-do" className="rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4">
        <h2 id="muc-do" className="font-bold">
          {explanation.title}
        </h2>
        <dl className="mt-2 grid gap-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{m.detail.online}</dt>
          <dd>{explanation.online}</dd>
          <dt className="font-semibold">{m.detail.inPerson}</dt>
          <dd>{explanation.inPerson}</dd>
        </dl>
      </section>

      <Section id="thong-tin" title="Thông tin chung">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[16rem_1fr]">
          <dt className="font-semibold">{m.detail.code}</dt>
          <dd>{service.code}</dd>
          <dt className="font-semibold">{m.detail.field}</dt>
          <dd>{service.field.name}</dd>
          <dt className="font-semibold">{m.detail.agency}</dt>
          <dd>
            <PlainLink href={`/thu-tuc?agency=${service.agency.code}`}>{service.agency.name}</PlainLink>
          </dd>
          <dt className="font-semibold">{m.detail.performingBody}</dt>
          <dd>{service.performingBody}</dd>
          <dt className="font-semibold">{m.detail.decidingBody}</dt>
          <dd>{service.decidingBody}</dd>
          <dt className="font-semibold">{m.detail.level}</dt>
          <dd>{levelLabels[service.level]}</dd>
          <dt className="font-semibold">{m.detail.mode}</dt>
          <dd>{modeLabels[service.mode]}</dd>
          <dt className="font-semibold">{m.detail.audience}</dt>
          <dd>{audienceLabels[service.audience]}</dd>
          <dt className="font-semibold">{m.detail.timeLimit}</dt>
          <dd>{service.timeLimitText}</dd>
          <dt className="font-semibold">{m.detail.setsCount}</dt>
          <dd>{service.setsCount}</dd>
          <dt className="font-semibold">{m.detail.result}</dt>
          <dd>{service.result}</dd>
          <dt className="font-semibold">{m.detail.status}</dt>
          <dd>{m.detail.statusActive}</dd>
          {service.lifeEventNames.length > 0 ? (
            <>
              <dt className="font-semibold">{m.detail.lifeEvents}</dt>
              <dd className="flex flex-wrap gap-2">
                {service.lifeEventNames.map((e) => (
                  <PlainLink key={e.code} href={`/thu-tuc?event=${e.code}`}>
                    {e.name}
                  </PlainLink>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
      </Section>

      <Section id="trinh-tu" title={m.detail.steps}>
        <ol className="list-decimal space-y-2 pl-6">
          {service.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      </Section>

      <Section id="cach-thuc" title={m.detail.channels}>
        {/* A named, focusable region: a keyboard can scroll the table on a phone too. */}
        <div aria-label={m.detail.channels} tabIndex={0} role="region" className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
          <table className="w-full min-w-[32rem] border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className={th}>{m.detail.channel}</th>
                <th scope="col" className={th}>{m.detail.channelTime}</th>
                <th scope="col" className={th}>{m.detail.channelFee}</th>
                <th scope="col" className={th}>{m.detail.channelNote}</th>
              </tr>
            </thead>
            <tbody>
              {service.channels.map((c) => (
                <tr key={c.channel}>
                  <th scope="row" className={`${td} text-left font-semibold`}>{channelLabels[c.channel]}</th>
                  <td className={td}>{c.timeLimit}</td>
                  <td className={td}>{c.fee}</td>
                  <td className={td}>{c.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="thanh-phan" title={m.detail.documents}>
        <div aria-label={m.detail.documents} tabIndex={0} role="region" className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
          <table className="w-full min-w-[32rem] border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className={th}>{m.detail.documentName}</th>
                <th scope="col" className={th}>{m.detail.originals}</th>
                <th scope="col" className={th}>{m.detail.copies}</th>
                <th scope="col" className={th}>{m.detail.requiredDoc}</th>
                <th scope="col" className={th}>{m.detail.template}</th>
              </tr>
            </thead>
            <tbody>
              {service.documents.map((d) => (
                <tr key={d.name}>
                  <th scope="row" className={`${td} text-left font-normal`}>{d.name}</th>
                  <td className={td}>{d.originals}</td>
                  <td className={td}>{d.copies}</td>
                  <td className={td}>{d.required ? m.detail.yes : m.detail.no}</td>
                  <td className={td}>{d.template ?? m.detail.noTemplate}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-3 text-sm">
          {m.detail.setsCount}: {service.setsCount}
        </p>
      </Section>

      <Section id="phi" title={m.detail.fees}>
        {service.fees.length === 0 ? (
          <p>{m.detail.free}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {service.fees.map((f) => (
              <li key={f.name}>
                <strong>{f.name}</strong>: {money(f.amount)}
                {f.description ? ` – ${f.description}` : ""}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm">
          {m.detail.feeLegalBasis}: {service.feeLegalBasis}
        </p>
      </Section>

      <Section id="dieu-kien" title={m.detail.conditions}>
        <p>{service.conditions}</p>
      </Section>

      <Section id="can-cu" title={m.detail.legalBasis}>
        <ul className="list-disc space-y-1 pl-6">
          {service.legalBasis.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </Section>

      <Section id="bieu-mau" title={m.detail.formFields}>
        <ul className="list-disc space-y-1 pl-6">
          {service.formDefinition.map((f) => (
            <li key={f.name}>
              {f.label} <span className="text-slate-700">({m.formFieldTypes[f.type]}{f.required ? ", bắt buộc" : ""})</span>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="dia-chi" title={m.detail.receivingAddress}>
        <p>{service.receivingAddress}</p>
        <p className="mt-2 text-sm text-slate-700">
          {service.agency.name} · {service.agency.address} · {service.agency.phone}
        </p>
      </Section>
      {children}
    </article>
  );
}
