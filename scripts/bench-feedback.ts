/**
 * The feedback part of `npm run bench` (docs/feedback.md): anonymous submissions through
 * POST /api/v1/feedback at 16 connections for BENCH_FEEDBACK_SECONDS (default 10), every request a new
 * item (its own subject and phone, so the duplicate check never fires). The server under test runs with
 * a high FEEDBACK_RATE_LIMIT: every request comes from 127.0.0.1. Prints submissions/s, p50/p95, errors
 * and whether any code was given twice. Target: 200 submissions/s, 0 errors, 0 duplicate codes.
 */
import postgres from "postgres";
import { percentile, runLoad } from "./load-run";

const CONNECTIONS = 16;

export async function benchFeedback(base: string, databaseUrl: string, seconds: number): Promise<void> {
  let sequence = 0;
  const { result, times, statuses } = await runLoad({
    url: `${base}/api/v1/feedback`,
    method: "POST",
    connections: CONNECTIONS,
    duration: seconds,
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request) => {
          sequence += 1;
          return {
            ...request,
            body: JSON.stringify({
              kind: "phan-anh",
              subject: `Phản ánh thử tải số ${sequence}`,
              content: `Nội dung phản ánh thử tải số ${sequence}: đèn đường không sáng.`,
              senderName: "Người thử tải",
              senderPhone: `09${String(sequence).padStart(8, "0")}`,
              consentToPublish: false,
            }),
          };
        },
      },
    ],
  });
  const created = statuses["201"] ?? 0;
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const [stored] = await sql<
    { n: number; codes: number }[]
  >`select count(*)::int as n, count(distinct code)::int as codes from feedback_items where channel = 'web'`;
  await sql.end();
  const errors = result.errors + result.timeouts + (times.length - created);
  console.log(`\n### Feedback submissions (POST /api/v1/feedback, anonymous, ${CONNECTIONS} connections, ${seconds} s)`);
  console.log(
    `${(created / seconds).toFixed(0)} submissions/s (target 200), p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, ` +
      `errors ${errors} (statuses ${JSON.stringify(statuses)}), stored ${stored?.n ?? 0}, duplicate codes ${(stored?.n ?? 0) - (stored?.codes ?? 0)}`,
  );
}
