import type { Metadata } from "next";
import { LookupForm } from "@/components/tracking/lookup-form";
import { tracking } from "@/lib/messages/tracking";
import { lookupAction } from "@/lib/tracking/actions/look-up-dossier";

export const metadata: Metadata = { title: tracking.lookup.title };

/** Public lookup by dossier code + applicant ID number; the receipt's QR code opens it with ?code=. */
export default async function LookupPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code } = await searchParams;
  const initialCode = (Array.isArray(code) ? code[0] : code)?.trim().slice(0, 40) ?? "";
  return (
    <>
      <h1 className="text-2xl font-bold">{tracking.lookup.title}</h1>
      <p className="mt-1 max-w-2xl text-slate-700">{tracking.lookup.intro}</p>
      <LookupForm action={lookupAction} initialCode={initialCode} />
    </>
  );
}
