import type { ServiceListItem } from "@/lib/catalog/search-services";
import { catalogMessages as m } from "@/lib/messages/catalog";
import { LevelBadge, ModeBadge } from "./badges";
import { PlainLink } from "@/components/catalog/plain-link";

export function serviceHref(code: string) {
  return `/thu-tuc/${encodeURIComponent(code)}`;
}

export function ServiceList({ items }: { items: ServiceListItem[] }) {
  return (
    <ol className="grid gap-3" data-testid="service-list">
      {items.map((s) => (
        <li key={s.code} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h3 className="text-base font-semibold sm:text-lg">
            <PlainLink href={serviceHref(s.code)}>{s.name}</PlainLink>
          </h3>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <ModeBadge mode={s.mode} />
            <LevelBadge level={s.level} />
            <span className="text-slate-700">{`${m.detail.code}: ${s.code}`}</span>
          </div>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{m.field}</dt>
            <dd>{s.field.name}</dd>
            <dt className="font-semibold">{m.agency}</dt>
            <dd>{s.agency.name}</dd>
            <dt className="font-semibold">{m.timeLimit}</dt>
            <dd>{s.timeLimitText}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
