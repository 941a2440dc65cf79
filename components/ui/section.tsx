import type { ReactNode } from "react";

/**
 * A part of a page named by its own h2: the section is labelled by the heading, so a screen reader lists it
 * as a region with that name. `id` is the heading's id and must be unique on the page.
 */
export function Section({
  id,
  title,
  className,
  headingClassName = "text-xl font-bold",
  children,
}: {
  id: string;
  title: ReactNode;
  /** Classes of the section (spacing, card). */
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
