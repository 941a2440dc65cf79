import { useLocale, useTranslations } from "next-intl";
import { AccountLinks } from "@/components/account-links";
import { PlainLink } from "@/components/catalog/plain-link";
import { LanguageSwitcher } from "@/components/language-switcher";
import { localizeHref } from "@/lib/i18n/locales";

// The header must not read the session (catalog pages are cached): the account links ask the browser's own.
// Before that answer, and for good without JavaScript, one neutral link stands for both: "Tài khoản" to
// /dang-nhap, which shows the sign-in form to a visitor and forwards a signed-in user to their account.
export function SiteHeader() {
  const t = useTranslations("common");
  const locale = useLocale();
  const link = (href: string, label: string) => ({ href: localizeHref(href, locale), label });
  const nav = [
    link("/", t("nav.home")),
    link("/thu-tuc", t("nav.catalog")),
    link("/co-quan", t("nav.agencies")),
    link("/phan-anh-kien-nghi", t("nav.feedback")),
  ];
  const account = link("/tai-khoan", t("header.account"));
  const signOut = link("/dang-xuat", t("header.signOut"));
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <PlainLink href="/" className="flex items-center gap-3 text-white no-underline hover:no-underline">
          <span aria-hidden="true" className="brand-mark">
            ★
          </span>
          <span className="leading-tight">
            <span className="block text-lg font-bold sm:text-xl">{t("portalName")}</span>
            <span className="block text-sm text-brand-100">{t("provinceName")}</span>
          </span>
        </PlainLink>
        <nav aria-label={t("navLabel")}>
          <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm sm:text-base">
            {nav.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="nav-link">
                  {item.label}
                </a>
              </li>
            ))}
            <AccountLinks
              unknown={[link("/dang-nhap", t("header.account"))]}
              signedOut={[account, link("/dang-nhap", t("header.signIn"))]}
              citizen={[account, signOut]}
              officer={[link("/quan-tri", t("header.officerArea")), signOut]}
            />
            <li>
              <LanguageSwitcher label={t("language.switchTo")} title={t("language.switchLabel")} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
