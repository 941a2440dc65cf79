import type { QueueQuery } from "@/lib/officers/queue-query";
import { officerMessages as m } from "@/lib/messages/officer";
import { channelNames, statusNames } from "@/lib/messages/tracking";

const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900";

/** A plain GET form: every filtered list has a URL and works without JavaScript. */
export function QueueFilters({ query, errors }: { query: QueueQuery; errors: Record<string, string> }) {
  const field = (name: keyof typeof errors) =>
    errors[name] ? (
      <p id={`${name}-loi`} className="mt-1 text-sm font-semibold text-accent-700">
        {errors[name]}
      </p>
    ) : null;
  return (
    <form method="get" action="/quan-tri" role="search" className="mt-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <input type="hidden" name="queue" value={query.queue} />
      <label htmlFor="q" className="block font-semibold">
        {m.searchLabel}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} className={inputClass} />
        <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {m.search}
        </button>
      </div>
      <details className="mt-3" open={Boolean(query.service || query.status || query.channel || query.from || query.to)}>
        <summary className="cursor-pointer font-semibold text-brand-800">{m.filters}</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <label htmlFor="service" className="text-sm">
              {m.serviceFilter}
            </label>
            <input id="service" name="service" defaultValue={query.service ?? ""} className={inputClass} />
          </div>
          <div>
            <label htmlFor="status" className="text-sm">
              {m.statusFilter}
            </label>
            <select id="status" name="status" defaultValue={query.status ?? ""} className={inputClass}>
              <option value="">{m.any}</option>
              {Object.entries(statusNames).map(([value, name]) => (
                <option key={value} value={value}>
                  {value}. {name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="channel" className="text-sm">
              {m.channelFilter}
            </label>
            <select id="channel" name="channel" defaultValue={query.channel ?? ""} className={inputClass}>
              <option value="">{m.any}</option>
              {Object.entries(channelNames).map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="from" className="text-sm">
              {m.from}
            </label>
            <input id="from" name="from" type="date" defaultValue={query.from ?? ""} aria-describedby={errors.from ? "from-loi" : undefined} className={inputClass} />
            {field("from")}
          </div>
          <div>
            <label htmlFor="to" className="text-sm">
              {m.to}
            </label>
            <input id="to" name="to" type="date" defaultValue={query.to ?? ""} aria-describedby={errors.to ? "to-loi" : undefined} className={inputClass} />
            {field("to")}
          </div>
          <div>
            <label htmlFor="sort" className="text-sm">
              {m.sort}
            </label>
            <select id="sort" name="sort" defaultValue={query.sort ?? "han-tang"} className={inputClass}>
              {Object.entries(m.sorts).map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </details>
    </form>
  );
}
