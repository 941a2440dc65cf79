import { formatVietnamDate, formatVietnamDateTime } from "@/lib/calendar/format";
import { useTranslations } from "next-intl";

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
    <section aria-labelledby="result-heading" className="rounded-lg border-l-4 border-green-700 bg-green-50 p-4 ring-1 ring-green-200">
      <h2 id="result-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
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
    </section>
  );
}
