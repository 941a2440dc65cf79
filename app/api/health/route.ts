import { pingDatabase } from "@/lib/database/ping-database";

export const dynamic = "force-dynamic";

// The first open of the embedded database can take a few seconds on a busy machine.
const TIMEOUT_MS = 10_000;

export async function GET() {
  try {
    const database = await pingDatabase(TIMEOUT_MS);
    return Response.json({ status: "ok", database }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return Response.json({ status: "error", reason: `database unavailable: ${reason}` }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
