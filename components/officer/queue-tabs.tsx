import { PlainLink } from "@/components/catalog/plain-link";
import { QUEUES, QUEUE_NAMES, type Queue } from "@/lib/officers/queue-query";
import { queueHref } from "@/lib/officers/queue-url";
import { officerMessages as m } from "@/lib/messages/officer";

export function QueueTabs({ current }: { current: Queue }) {
  return (
    <nav aria-label={m.queuesLabel} className="no-print">
      <ul className="flex flex-wrap gap-2">
        {QUEUES.map((queue) => (
          <li key={queue}>
            <PlainLink
              href={queueHref("/quan-tri", { queue })}
              aria-current={queue === current ? "page" : undefined}
              className={`block rounded border px-3 py-2 text-sm font-semibold ${
                queue === current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-brand-800"
              }`}
            >
              {QUEUE_NAMES[queue]}
            </PlainLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
