import { useTranslations } from "next-intl";
import type { Level, Mode } from "@/lib/catalog/service-schema";

export function ModeBadge({ mode }: { mode: Mode }) {
  const t = useTranslations("catalog");
  return <span className={`badge badge-${mode}`}>{t(`modes.${mode}`)}</span>;
}

export function LevelBadge({ level }: { level: Level }) {
  const t = useTranslations("catalog");
  return <span className="badge badge-level">{t(`levels.${level}`)}</span>;
}
