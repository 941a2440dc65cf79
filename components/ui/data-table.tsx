import type { ReactNode } from "react";

export interface Column {
  header: ReactNode;
  /** Classes of the header cell (alignment). */
  className?: string;
}

/**
 * A table that never makes the page scroll sideways: on a narrow screen the table scrolls inside its own
 * region, which is labelled by the caption and can take the focus (so a keyboard can scroll it). Header
 * cells get `scope="col"`; rows are the children (start a row with `<th scope="row">` where a row has a name).
 */
export function DataTable({
  id,
  caption,
  captionHidden = false,
  columns,
  children,
  minWidth = "min-w-[36rem]",
  className,
}: {
  /** Unique on the page: the caption's id is `${id}-caption`. */
  id: string;
  caption: ReactNode;
  captionHidden?: boolean;
  columns: readonly Column[];
  children: ReactNode;
  /** A Tailwind min-width class: under it the table scrolls in its region. */
  minWidth?: string;
  className?: string;
}) {
  const captionId = `${id}-caption`;
  return (
    <div id={id} role="region" aria-labelledby={captionId} tabIndex={0} className={["overflow-x-auto", className].filter(Boolean).join(" ")}>
      <table className={`data-table w-full ${minWidth} border-collapse text-left text-sm`}>
        <caption id={captionId} className={captionHidden ? "sr-only" : "mb-2 text-left font-semibold"}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
