import { formatVietnamDate, formatVietnamDateTime } from "@/lib/calendar/format";
import { tracking } from "@/lib/messages/tracking";

const r = tracking.detail.result;

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
  const facts: [string, string][] = [
    [r.number, result.number],
    [r.signer, result.signer],
    [r.signedOn, formatVietnamDate(result.signedOn)],
    [r.issuer, result.issuer],
  ];
  return (
    <section aria-labelledby="result-heading" className="rounded-lg border-l-4 border-green-700 bg-green-50 p-4 ring-1 ring-green-200">
      <h2 id="result-heading" className="text-lg font-bold">{r.heading}</h2>
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
          <span className="font-semibold">{r.file}: </span>
          <a href={download.href} download aria-label={r.download(download.fileName)} className="break-all font-semibold">
            {download.fileName}
          </a>{" "}
          <span className="text-sm text-slate-700">({download.details})</span>
          {download.electronic ? <span className="mt-1 block text-sm">{r.electronic}</span> : null}
        </p>
      ) : null}
      {collect ? (
        <p className="mt-3">
          {collect.collectedAt ? r.collected(formatVietnamDateTime(collect.collectedAt)) : r.collect(`${collect.unit} (${collect.address})`, formatVietnamDateTime(collect.from))}
        </p>
      ) : null}
      {note ? <p className="mt-3 text-sm">{note}</p> : null}
    </section>
  );
}
