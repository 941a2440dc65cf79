import { and, eq, isNull, type SQL } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { notifications } from "@/db/schema";

/**
 * Marks one of the user's notifications read (or all of them when `notificationId` is omitted).
 * Someone else's notification id changes nothing. Returns how many were marked.
 */
export async function markNotificationsRead(
  db: DatabaseOrTransaction,
  input: { userId: string; notificationId?: number; now?: Date },
): Promise<number> {
  const conditions: SQL[] = [eq(notifications.userId, input.userId), isNull(notifications.readAt)];
  if (input.notificationId !== undefined) conditions.push(eq(notifications.id, input.notificationId));
  const marked = await db
    .update(notifications)
    .set({ readAt: input.now ?? new Date() })
    .where(and(...conditions))
    .returning({ id: notifications.id });
  return marked.length;
}
