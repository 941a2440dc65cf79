import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("common");
  return (
    <footer className="no-print mt-8 border-t-4 border-accent-600 bg-brand-900 text-brand-100">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-6 text-sm">
        <p className="font-semibold text-white">{t("ownerName")}</p>
        <p>{t("footer.address")}</p>
        <p>
          {t("footer.hotline")} · {t("footer.email")}
        </p>
        <p className="text-brand-100/90">{t("footer.sampleData")}</p>
      </div>
    </footer>
  );
}
