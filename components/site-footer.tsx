import { common } from "@/lib/messages/common";

export function SiteFooter() {
  return (
    <footer className="no-print mt-8 border-t-4 border-accent-600 bg-brand-900 text-brand-100">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-6 text-sm">
        <p className="font-semibold text-white">{common.ownerName}</p>
        <p>{common.footer.address}</p>
        <p>
          {common.footer.hotline} · {common.footer.email}
        </p>
        <p className="text-brand-100/90">{common.footer.sampleData}</p>
      </div>
    </footer>
  );
}
