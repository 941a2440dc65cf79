import { Readable } from "node:stream";
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { withDatabase } from "@/lib/database/with-database";
import { getFeedbackAttachmentForOfficer } from "@/lib/feedback/feedback-attachments";
import { getStorage } from "@/lib/storage/get-storage";
import { parseBoundary, uuidSchema } from "@/lib/validation/boundary-schemas";

export const dynamic = "force-dynamic";

/**
 * A feedback item's attachment, streamed to an officer who sees the item: the centre, or the unit it was
 * forwarded to (docs/feedback.md#rights). Anyone else gets the same 404 as for a file that does not exist.
 */
export async function GET(_: Request, { params }: { params: Promise<{ locale: string; id: string; fileId: string }> }) {
  const raw = await params;
  const feedbackId = parseBoundary(uuidSchema, raw.id);
  const fileId = parseBoundary(uuidSchema, raw.fileId);
  const notFound = NextResponse.json({ error: "Không tìm thấy tệp." }, { status: 404 });
  if (!feedbackId || !fileId) return notFound;
  const user = await getCurrentUser();
  if (!user || user.kind !== "officer") return notFound;
  const file = await withDatabase(getFeedbackAttachmentForOfficer, { roles: user.roles, unitId: user.unitId ?? -1 }, feedbackId, fileId);
  if (!file) return notFound;
  const stream = await getStorage().get(file.storageKey);
  return new NextResponse(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
