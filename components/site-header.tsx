import { accountMessages } from "@/lib/messages/accounts";
import { common } from "@/lib/messages/common";
import { feedbackMessages } from "@/lib/messages/feedback";
import { AccountLinks } from "@/components/account-links";
import { PlainLink } from "@/components/catalog/plain-link";

const NAV = [
  { href: "/", label: common.nav.home },
  { href: "/thu-tuc", label: common.nav.catalog },
  { href: "/co-quan", label: common.nav.agencies },
  { href: "/phan-anh-kien-nghi", label: feedbackMessages.nav.send },
] as const;

// The header must not read the session (catalog pages are cached): the account links ask the browser's own.
// Before that answer, and for good without JavaScript, one neutral link stands for both: "Tài khoản" to
// /dang-nhap, which shows the sign-in form to a visitor and forwards a signed-in user to their account.
const h = accountMessages.header;
const UNKNOWN = [{ href: "/dang-nhap", label: h.account }];
const SIGNED_OUT = [
  { href: "/tai-khoan", label: h.account },
  { href: "/dang-nhap", label: h.signIn },
];
const CITIZEN = [
  { href: "/tai-khoan", label: h.account },
  { href: "/dang-xuat", label: h.signOut },
];
const OFFICER = [
  { href: "/quan-tri", label: h.officerArea },
  { href: "/dang-xuat", label: h.signOut },
];

export function SiteHeader() {
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <PlainLink href="/" className="flex items-center gap-3 text-white no-underline hover:no-underline">
          <span aria-hidden="true" className="brand-mark">
            ★
          </span>
          <span className="leading-tight">
            <span className="block text-lg font-bold sm:text-xl">{common.portalName}</span>
            <span className="block text-sm text-brand-100">{common.provinceName}</span>
          </span>
        </PlainLink>
        <nav aria-label={common.navLabel}>
          <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm sm:text-base">
            {NAV.map((item) => (
              <li key={item.href}>
                <PlainLink href={item.href} className="nav-link">
                  {item.label}
                </PlainLink>
              </li>
            ))}
            <AccountLinks unknown={UNKNOWN} signedOut={SIGNED_OUT} citizen={CITIZEN} officer={OFFICER} />
          </ul>
        </nav>
      </div>
    </header>
  );
}
