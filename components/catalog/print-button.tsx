import { useTranslations } from "next-intl";
import { PrintButtonClient } from "./print-button-client";

/** "Print this page", labelled in the reader's language. */
export function PrintButton() {
  const t = useTranslations("catalog");
  return <PrintButtonClient label={t("print")} />;
}
