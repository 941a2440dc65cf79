import { useTranslations } from "next-intl";
import { PlainLink } from "@/components/catalog/plain-link";
import { QUEUES, type Queue } from "@/lib/officers/queue-query";
import { queueHref } from "@/lib/officers/queue-url";

export function QueueTabs({ current }: { current: Queue }) {
  const t = useTranslations("officer");
  return (
    <nav aria-label={t("queuesLabel")} className="no-print">
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
              {t(`queues.${queue}`)}
            </PlainLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
