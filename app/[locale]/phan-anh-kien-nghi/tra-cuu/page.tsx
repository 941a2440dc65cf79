import type { Metadata } from "next";
import { TrackFeedbackForm } from "@/components/feedback/track-feedback-form";
import { feedbackMessages as m } from "@/lib/messages/feedback";

export const metadata: Metadata = { title: m.track.title };

/** Following an item without an account: its code and the phone number given when sending. */
export default async function TrackFeedbackPage({ searchParams }: { searchParams: Promise<{ ma?: string | string[] }> }) {
  const { ma } = await searchParams;
  const initialCode = (typeof ma === "string" ? ma : "").trim().slice(0, 40);
  return (
    <>
      <h1 className="text-2xl font-bold">{m.track.title}</h1>
      <p className="mt-1 max-w-2xl text-slate-700">{m.track.intro}</p>
      <TrackFeedbackForm initialCode={initialCode} />
    </>
  );
}
