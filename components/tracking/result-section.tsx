import { formatVietnamDate, formatVietnamDateTime } from "@/lib/calendar/format";
import { useTranslations } from "next-intl";
import { FactList } from "@/components/ui/fact-list";
import { Section } from "@/components/ui/section";

export interface ResultFacts {
  number: string;
  signer: string;
  signedOn: string;
  issuer: string;
}

/**
 * "Kết quả giải quyết": the result document's facts, first on a finished dossier's page, apart from the
 * documents the applicant handed in. `download` is the signed file once returned; `collect` tells a partial
 * service's applicant where and from when to fetch the original; `note` replaces both (the public lookup).
 */
export function ResultSection({
  result,
  download,
  collect,
  note,
}: {
  result: ResultFacts;
  /** `electronic`: a full-process service's result, valid as it is downloaded. */
  download?: { href: string; fileName: string; details: string; electronic: boolean } | null;
  collect?: { unit: string; address: string; from: Date; collectedAt: Date | null } | null;
  note?: string;
}) {
  const t = useTranslations("tracking.detail.result");
  const facts: [string, string][] = [
    [t("number"), result.number],
    [t("signer"), result.signer],
    [t("signedOn"), formatVietnamDate(result.signedOn)],
    [t("issuer"), result.issuer],
  ];
  return (
    <Section
      id="result-heading"
      title={t("heading")}
      className="rounded-lg border-l-4 border-green-700 bg-green-50 p-4 ring-1 ring-green-200"
      headingClassName="text-lg font-bold"
    >
      <FactList facts={facts} className="mt-3 gap-x-4 gap-y-1" valueClassName="break-words" />
      {download ? (
        <p className="mt-3">
          <span className="font-semibold">{t("file")}: </span>
          <a href={download.href} download aria-label={t("download", { name: download.fileName })} className="font-semibold break-all">
            {download.fileName}
          </a>{" "}
          <span className="text-sm text-slate-700">({download.details})</span>
          {download.electronic ? <span className="mt-1 block text-sm">{t("electronic")}</span> : null}
        </p>
      ) : null}
      {collect ? (
        <p className="mt-3">
          {collect.collectedAt
            ? t("collected", { at: formatVietnamDateTime(collect.collectedAt) })
            : t("collect", { unit: `${collect.unit} (${collect.address})`, at: formatVietnamDateTime(collect.from) })}
        </p>
      ) : null}
      {note ? <p className="mt-3 text-sm">{note}</p> : null}
    </Section>
  );
}
