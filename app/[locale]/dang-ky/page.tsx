import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { ClientTexts } from "@/components/i18n/client-texts";
import { AuthCard } from "@/components/accounts/auth-card";
import { RegisterBusinessForm } from "@/components/accounts/register-business-form";
import { RegisterCitizenForm } from "@/components/accounts/register-citizen-form";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("register.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const KINDS = [
  { value: "cong-dan", label: "register.citizen" },
  { value: "doanh-nghiep", label: "register.business" },
] as const;

/** Registration: the account kind is chosen by link (?loai=), so it works without JavaScript too. */
export default async function RegisterPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("accounts");
  const kind = (await searchParams).loai === "doanh-nghiep" ? "doanh-nghiep" : "cong-dan";
  return (
    <AuthCard title={t("register.title")} intro={t("register.intro")} wide>
      <nav aria-label={t("register.kindLabel")}>
        <ul className="flex flex-wrap gap-2">
          {KINDS.map((k) => (
            <li key={k.value}>
              <Link
                href={`/dang-ky?loai=${k.value}`}
                aria-current={k.value === kind ? "page" : undefined}
                className={`block rounded border-2 px-4 py-2 font-semibold no-underline hover:no-underline ${
                  k.value === kind ? "border-brand-700 bg-brand-700 text-white" : "border-brand-700 bg-white text-brand-700"
                }`}
              >
                {t(k.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ClientTexts namespaces={["accounts"]}>
        {kind === "cong-dan" ? <RegisterCitizenForm key="citizen" /> : <RegisterBusinessForm key="business" />}
      </ClientTexts>
      <p className="border-t border-slate-200 pt-4">
        {t("register.haveAccount")}{" "}
        <Link href="/dang-nhap" className="underline">
          {t("register.signInLink")}
        </Link>
      </p>
    </AuthCard>
  );
}
