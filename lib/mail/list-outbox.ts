import { desc } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { emailOutbox } from "@/db/schema";

export type OutboxMessage = typeof emailOutbox.$inferSelect;

/** The latest messages of the outbox, newest first (development mailbox page). */
export async function listOutbox(db: DatabaseOrTransaction, limit = 100): Promise<OutboxMessage[]> {
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.id)).limit(limit);
}
