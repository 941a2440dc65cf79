/** A fee is waiting, then paid (and perhaps refunded later) or cancelled while still waiting. */
export type FeeStatus = "waiting" | "paid" | "refunded" | "cancelled";
