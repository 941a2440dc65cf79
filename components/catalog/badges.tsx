import type { Level, Mode } from "@/lib/catalog/service-schema";
import { levelLabels, modeLabels } from "@/lib/messages/catalog";

export function ModeBadge({ mode }: { mode: Mode }) {
  return <span className={`badge badge-${mode}`}>{modeLabels[mode]}</span>;
}

export function LevelBadge({ level }: { level: Level }) {
  return <span className="badge badge-level">{levelLabels[level]}</span>;
}
