import type { DivisionItem } from "@/lib/organisation/get-organisation";

/** A unit's divisions in their order, each with its kind when a list mixes phòng and chi cục. */
export function DivisionList({ divisions }: { divisions: DivisionItem[] }) {
  return (
    <ol className="mt-2 grid list-decimal gap-1 pl-6 text-sm sm:grid-cols-2">
      {divisions.map((d) => (
        <li key={d.code} className="break-words">
          {d.name}
        </li>
      ))}
    </ol>
  );
}
