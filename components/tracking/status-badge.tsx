import { statusName } from "@/lib/messages/tracking";

const TONE: Record<number, string> = {
  1: "bg-sky-100 text-sky-900 ring-sky-300",
  2: "bg-sky-100 text-sky-900 ring-sky-300",
  3: "bg-red-100 text-red-900 ring-red-300",
  4: "bg-indigo-100 text-indigo-900 ring-indigo-300",
  5: "bg-amber-100 text-amber-900 ring-amber-400",
  6: "bg-amber-100 text-amber-900 ring-amber-400",
  7: "bg-slate-200 text-slate-900 ring-slate-400",
  8: "bg-red-100 text-red-900 ring-red-300",
  9: "bg-green-100 text-green-900 ring-green-300",
  10: "bg-green-100 text-green-900 ring-green-300",
};

/** The status name of DOMAIN.md §5 in a coloured pill (the name itself carries the meaning, not the colour). */
export function StatusBadge({ status }: { status: number }) {
  return (
    <span className={`inline-block rounded-full px-3 py-0.5 text-sm font-semibold ring-1 ${TONE[status] ?? TONE[7]}`}>
      {statusName(status)}
    </span>
  );
}
