import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/600.css";
import "@fontsource/be-vietnam-pro/700.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { common } from "@/lib/messages/common";

export const metadata: Metadata = {
  title: { default: common.portalTagline, template: `%s | ${common.portalTagline}` },
  description: "Tìm thủ tục hành chính, nộp hồ sơ trực tuyến và tra cứu kết quả giải quyết tại tỉnh Quảng Nam.",
  // Static files in public/: the portal's mark as the tab icon (no /favicon.ico request to 404).
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f4a8f" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="flex min-h-screen flex-col">
        <a href="#noi-dung" className="skip-link">
          {common.skipToContent}
        </a>
        <SiteHeader />
        <main id="noi-dung" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
