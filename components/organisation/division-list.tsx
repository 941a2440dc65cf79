import type { DivisionItem } from "@/lib/organisation/get-organisation";

/** A unit's divisions in their order; `wide` lays them out in two columns from the small breakpoint. */
export function DivisionList({ divisions, wide = false }: { divisions: DivisionItem[]; wide?: boolean }) {
  return (
    <ol className={`mt-2 grid list-decimal gap-1 pl-7 text-sm ${wide ? "sm:grid-cols-2 sm:gap-x-10" : ""}`}>
      {divisions.map((d) => (
        <li key={d.code} className="break-words">
          {d.name}
        </li>
      ))}
    </ol>
  );
}
