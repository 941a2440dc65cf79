import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/600.css";
import "@fontsource/be-vietnam-pro/700.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { locale as rootLocale } from "next/root-params";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { clientMessagesFor } from "@/lib/i18n/catalog";
import { LOCALES, isLocale } from "@/lib/i18n/locales";

// The root layout (docs/i18n.md): every page lives under [locale]; Vietnamese pages reach it through the
// rewrite in next.config.mjs, so their addresses are unchanged. Only "vi" and "en" reach it (the rewrite
// sends every other path to "vi"); no `dynamicParams = false` here, it would apply to every page below.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("portalTagline"), template: `%s | ${t("portalTagline")}` },
    description: t("description"),
    // Static files in public/: the portal's mark as the tab icon (no /favicon.ico request to 404).
    icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f4a8f" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await rootLocale();
  if (!isLocale(locale)) notFound();
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider locale={locale} messages={clientMessagesFor(locale)} timeZone="Asia/Ho_Chi_Minh">
          <a href="#noi-dung" className="skip-link">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="noi-dung" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
