import type { CitizenFeedbackView } from "./citizen-feedback-view";

/** What the public feedback lookup's action answers (also the page's state without JavaScript). */
export interface TrackFeedbackState {
  values: { code: string; phone: string };
  fieldErrors?: Record<string, string>;
  message?: string;
  item?: CitizenFeedbackView;
  /** The outcome of a rating or reopening taken on the result. */
  notice?: string;
  actionErrors?: Record<string, string>;
  actionValues?: { note: string };
}
