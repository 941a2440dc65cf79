import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { cardClass } from "@/components/ui/card";

/** The signed-in user's own navigation, shown by the pages of their area (the site header stays static). */
export function AccountBar({ fullName, current }: { fullName: string; current: "ho-so" | "phan-anh" | "thong-bao" }) {
  const t = useTranslations("tracking");
  const f = useTranslations("feedback");
  const links = [
    { href: "/ho-so", label: t("myDossiers.title"), key: "ho-so" },
    { href: "/tai-khoan/phan-anh", label: f("nav.mine"), key: "phan-anh" },
    { href: "/thong-bao", label: t("notifications.title"), key: "thong-bao" },
    { href: "/tai-khoan", label: t("accountBar.account"), key: "tai-khoan" },
    { href: "/dang-xuat", label: t("accountBar.signOut"), key: "dang-xuat" },
  ];
  return (
    <nav aria-label={t("accountBar.label")} className={cardClass("mb-6 flex flex-wrap items-center justify-between gap-2 px-4 py-2")}>
      <p className="font-semibold">{fullName}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={link.key === current ? "page" : undefined} className="font-semibold aria-[current=page]:underline">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
