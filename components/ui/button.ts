/** The button looks of the portal: one place, so a primary action looks the same on every page. */
export type ButtonVariant = "primary" | "secondary" | "negative" | "danger";
export type ButtonSize = "md" | "sm";

const VARIANTS: Record<ButtonVariant, string> = {
  /** The main action of a form. */
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  /** A second action beside the main one (apply filters, an officer's other steps). */
  secondary: "border-2 border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
  /** An action that ends or refuses something, before it is confirmed. */
  negative: "border-2 border-accent-700 bg-white text-accent-700 hover:bg-red-50",
  /** The confirmation of a negative action. */
  danger: "bg-accent-700 text-white hover:bg-accent-600",
};

const SIZES: Record<ButtonSize, string> = {
  md: "px-5 py-2",
  sm: "px-3 py-1 text-sm",
};

/** Classes of a button (or of a link styled as one). `extra` adds layout classes (width, margins). */
export function buttonClass(variant: ButtonVariant = "primary", options: { size?: ButtonSize; extra?: string } = {}): string {
  const { size = "md", extra } = options;
  return [
    "inline-block rounded text-center font-semibold hover:no-underline disabled:cursor-not-allowed disabled:opacity-70",
    SIZES[size],
    VARIANTS[variant],
    extra,
  ]
    .filter(Boolean)
    .join(" ");
}
