import type { Level, Mode } from "@/lib/catalog/service-schema";
import { levelLabels, modeLabels } from "@/lib/messages/catalog";

export function ModeBadge({ mode }: { mode: Mode }) {
  const style = mode === "toan-trinh" ? "bg-green-100 text-green-900 ring-green-700/30" : "bg-amber-100 text-amber-900 ring-amber-700/30";
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ring-1 ${style}`}>{modeLabels[mode]}</span>;
}

export function LevelBadge({ level }: { level: Level }) {
  return (
    <span className="inline-block rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 ring-1 ring-brand-700/20">
      {levelLabels[level]}
    </span>
  );
}
