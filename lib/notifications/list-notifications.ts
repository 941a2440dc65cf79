import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { notifications } from "@/db/schema";

export interface NotificationRow {
  id: number;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** The user's latest notifications, newest first, and how many are unread. */
export async function listNotifications(db: DatabaseOrTransaction, userId: string, limit = 50): Promise<{ rows: NotificationRow[]; unread: number }> {
  const rows = await db
    .select({
      id: notifications.id,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  const [unreadRow] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { rows, unread: unreadRow?.unread ?? 0 };
}
