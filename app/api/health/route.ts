import { sql } from "drizzle-orm";
import { getDatabase } from "@/db/client";

export const dynamic = "force-dynamic";

// The first open of the embedded database can take a few seconds on a busy machine.
const TIMEOUT_MS = 10_000;

export async function GET() {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    });
    const handle = await Promise.race([getDatabase(), timeout]);
    await Promise.race([handle.db.execute(sql`select 1`), timeout]);
    return Response.json({ status: "ok", database: handle.kind }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return Response.json(
      { status: "error", reason: `database unavailable: ${reason}` },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  } finally {
    clearTimeout(timer);
  }
}
