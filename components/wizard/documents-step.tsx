import { continueDocuments } from "@/lib/dossiers/actions/continue-documents";
import { removeFile } from "@/lib/dossiers/actions/remove-draft-file";
import type { ServiceDocument } from "@/lib/catalog/service-schema";
import type { DraftFile } from "@/lib/dossiers/get-own-draft";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { requiredDocumentIndexes } from "@/lib/dossiers/required-documents";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { StepSubmitForm } from "./step-submit-form";
import { UploadForm, type UploadTexts } from "./upload-form";

/** A file's size as the reader writes numbers: "1,5 MB" in Vietnamese, "1.5 MB" in English. */
function useFileSize(): (bytes: number) => string {
  const t = useTranslations("submission.documents");
  const format = useFormatter();
  return (bytes) =>
    bytes >= 1024 * 1024
      ? t("sizeMb", { size: format.number(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })
      : t("sizeKb", { size: Math.max(1, Math.round(bytes / 1024)) });
}

export interface UploadOutcome {
  slot: string;
  ok: boolean;
  message: string;
}

interface Props {
  serviceCode: string;
  draftId: string;
  documents: ServiceDocument[];
  files: DraftFile[];
  maxBytes: number;
  outcome: UploadOutcome | null;
  onBehalf: boolean;
}

function FileLine({ file, serviceCode, draftId }: { file: DraftFile; serviceCode: string; draftId: string }) {
  const m = useTranslations("submission.documents");
  const formatSize = useFileSize();
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 rounded bg-slate-50 px-3 py-2">
      <span>
        <span className="font-semibold">{file.fileName}</span> <span className="text-sm text-slate-700">({formatSize(file.size)})</span>
      </span>
      <form action={removeFile}>
        <input type="hidden" name="serviceCode" value={serviceCode} />
        <input type="hidden" name="draftId" value={draftId} />
        <input type="hidden" name="fileId" value={file.id} />
        <SubmitButton variant="negative" size="sm">
          {m("remove")}
          <span className="sr-only">: {file.fileName}</span>
        </SubmitButton>
      </form>
    </li>
  );
}

/** Step 3: one slot per document of the service, plus extra files. */
export function DocumentsStep({ serviceCode, draftId, documents, files, maxBytes, outcome, onBehalf }: Props) {
  const t = useTranslations("submission");
  const m = useTranslations("submission.documents");
  // Document names are the procedure's legal text (catalog data): Vietnamese, marked so on other pages.
  const dataLang = useLocale() === "vi" ? undefined : "vi";
  const required = new Set(requiredDocumentIndexes(documents, onBehalf));
  const maxMb = Math.round(maxBytes / 1024 / 1024);
  const uploadTexts: UploadTexts = {
    chooseFile: m("chooseFile"),
    replace: m("replace"),
    upload: m("upload"),
    progress: m("progress"),
    uploadingPattern: m.raw("uploading") as string,
    empty: t("uploadErrors.empty"),
    tooLarge: t("uploadErrors.tooLarge", { maxMb }),
    failed: t("uploadErrors.failed"),
  };
  const copies = (originals: number, copies: number) =>
    originals && copies
      ? m("copiesBoth", { originals, copies })
      : originals
        ? m("copiesOriginals", { originals })
        : copies
          ? m("copiesCopies", { copies })
          : "";
  const extra = files.filter((f) => f.documentIndex === null);
  const outcomeFor = (slot: string) => (outcome && outcome.slot === slot ? { ok: outcome.ok, message: outcome.message } : undefined);
  const labels = Object.fromEntries(documents.map((d, i) => [`doc-${i}`, d.name]));
  return (
    <div className="grid gap-5">
      <h2 className="text-xl font-bold">{m("title")}</h2>
      <p className="text-slate-700">{m("intro", { maxMb })}</p>
      {outcome && outcome.slot === "" ? (
        <Alert kind="error" className="font-semibold">
          {outcome.message}
        </Alert>
      ) : null}
      <ol className="grid gap-4">
        {documents.map((doc, index) => {
          const slotFiles = files.filter((f) => f.documentIndex === index);
          return (
            <li key={index} id={`doc-${index}`} className="rounded border border-slate-300 bg-white p-4">
              <h3 className="font-semibold">
                {index + 1}. <span lang={dataLang}>{doc.name}</span>
              </h3>
              <p className="text-sm text-slate-700">
                {required.has(index) ? m("requiredDoc") : m("optionalDoc")}
                {copies(doc.originals, doc.copies) ? ` · ${copies(doc.originals, doc.copies)}` : ""}
              </p>
              {slotFiles.length ? (
                <ul className="mt-2 grid gap-2">
                  {slotFiles.map((file) => (
                    <FileLine key={file.id} file={file} serviceCode={serviceCode} draftId={draftId} />
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm text-slate-700">{m("noFile")}</p>
              )}
              <UploadForm
                draftId={draftId}
                slot={String(index)}
                label={doc.name}
                hasFile={slotFiles.length > 0}
                maxBytes={maxBytes}
                outcome={outcomeFor(String(index))}
                texts={uploadTexts}
              />
            </li>
          );
        })}
        <li id="doc-extra" className="rounded border border-slate-300 bg-white p-4">
          <h3 className="font-semibold">{m("extraTitle")}</h3>
          <p className="text-sm text-slate-700">{m("extraHelp")}</p>
          {extra.length ? (
            <ul className="mt-2 grid gap-2">
              {extra.map((file) => (
                <FileLine key={file.id} file={file} serviceCode={serviceCode} draftId={draftId} />
              ))}
            </ul>
          ) : null}
          <UploadForm
            draftId={draftId}
            slot="extra"
            label={m("extraTitle")}
            hasFile={false}
            maxBytes={maxBytes}
            outcome={outcomeFor("extra")}
            texts={uploadTexts}
          />
        </li>
      </ol>
      <StepSubmitForm action={continueDocuments} serviceCode={serviceCode} draftId={draftId} label={t("next")} errorLabels={labels} />
    </div>
  );
}
