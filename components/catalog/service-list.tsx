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
        <li key={s.code} className="card">
          <h3 className="svc-name">
            <PlainLink href={serviceHref(s.code)}>{s.name}</PlainLink>
          </h3>
          <p className="svc-tags">
            <ModeBadge mode={s.mode} />
            <LevelBadge level={s.level} />
            <span>{`${m.detail.code}: ${s.code}`}</span>
          </p>
          <dl className="svc-meta">
            <dt>{m.filingPlace}</dt>
            <dd>{m.filingPlaceAtLevel[s.level] ?? s.agency.name}</dd>
            <dt>{m.field}</dt>
            <dd>{s.field.name}</dd>
            {m.filingPlaceAtLevel[s.level] ? (
              <>
                <dt>{m.managingAgency}</dt>
                <dd>{s.agency.name}</dd>
              </>
            ) : null}
            <dt>{m.timeLimit}</dt>
            <dd>{s.timeLimitText}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
