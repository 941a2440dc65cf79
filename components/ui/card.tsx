import type { HTMLAttributes } from "react";

/** How much room a card leaves around its content. */
export type CardPadding = "md" | "roomy" | "compact" | "none";

const PADDING: Record<CardPadding, string> = {
  md: "",
  roomy: "sm:p-6",
  compact: "p-3",
  none: "p-0",
};

/**
 * The white framed box the portal puts content in. `.card` (app/globals.css) is one short class, so the
 * catalog's long lists stay small; use `cardClass` on elements that are not a section/div/li (a form, a list).
 */
export function cardClass(extra?: string, padding: CardPadding = "md"): string {
  return ["card", PADDING[padding], extra].filter(Boolean).join(" ");
}

export function Card({
  as: Tag = "section",
  padding = "md",
  className,
  ...rest
}: HTMLAttributes<HTMLElement> & { as?: "section" | "div" | "li" | "article" | "aside"; padding?: CardPadding }) {
  return <Tag className={cardClass(className, padding)} {...rest} />;
}
