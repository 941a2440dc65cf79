import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { listOfficerQueue, queueToCsv } from "@/lib/officers/list-officer-queue";
import { queueQuerySchema, withQueue } from "@/lib/officers/queue-query";
import { mayOfficer } from "@/lib/workflow/permissions";
import { statusName } from "@/lib/tracking/status-names";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { withDatabase } from "@/lib/database/with-database";
import { isLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";
const MAX_ROWS = 50_000;

/** The current queue (its filters, every page) as CSV, for the officer's own unit only. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "vi";
  const t = translatorFor(locale, "officer");
  const validation = translatorFor(locale, "validation");
  const user = await getCurrentUser();
  if (!user || user.kind !== "officer" || user.unitId === null) return NextResponse.json({ error: t("csv.signIn") }, { status: 401 });
  if (!mayOfficer(user.roles, "export-dossiers")) return NextResponse.json({ error: t("csv.forbidden") }, { status: 403 });
  const parsed = queueQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success)
    return NextResponse.json(
      {
        error: t("csv.invalid"),
        issues: parsed.error.issues.map((i) => ({
          field: i.path.join("."),
          message: /^validation\.[a-zA-Z0-9.]+$/.test(i.message) ? validation(i.message.slice("validation.".length) as never) : i.message,
        })),
      },
      { status: 400 },
    );
  const query = withQueue(parsed.data, user.roles);
  const { rows } = await withDatabase(
    listOfficerQueue,
    { ...query, page: 1 },
    { unitId: user.unitId, officerId: user.id, now: workflowNow(), calendar: await withDatabase(loadCalendar) },
    MAX_ROWS,
  );
  const csv = queueToCsv(rows, (status) => statusName(status, "vi"), formatVietnamDateTime);
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="ho-so-${query.queue}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
