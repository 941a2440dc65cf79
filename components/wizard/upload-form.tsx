"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

/** The slot's texts in the reader's language, from the server page. */
export interface UploadTexts {
  chooseFile: string;
  replace: string;
  upload: string;
  progress: string;
  /** "Uploading {name}…": the catalog's pattern, filled in here with the chosen file's name. */
  uploadingPattern: string;
  empty: string;
  tooLarge: string;
  failed: string;
}

interface Props {
  draftId: string;
  slot: string;
  /** The document's name, for the input's accessible label. */
  label: string;
  hasFile: boolean;
  maxBytes: number;
  /** Outcome of a form post without JavaScript, shown beside the slot. */
  outcome?: { ok: boolean; message: string };
  texts: UploadTexts;
}

/**
 * One upload slot. Without JavaScript it is a plain multipart form post; with it, the file is sent as the
 * raw request body by XMLHttpRequest, so a progress bar can follow the upload.
 */
export function UploadForm({ draftId, slot, label, hasFile, maxBytes, outcome, texts: m }: Props) {
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState(outcome);
  const id = `file-${slot}`;
  const messageId = `${id}-status`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const file = inputRef.current?.files?.[0];
    if (typeof XMLHttpRequest === "undefined") return;
    event.preventDefault();
    if (!file || file.size === 0) return setStatus({ ok: false, message: m.empty });
    if (file.size > maxBytes) return setStatus({ ok: false, message: m.tooLarge });
    const xhr = new XMLHttpRequest();
    xhr.open("PUT", `/api/v1/drafts/${encodeURIComponent(draftId)}/files?slot=${slot}`);
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      setProgress(null);
      let message = m.failed;
      try {
        message = (JSON.parse(xhr.responseText) as { message?: string }).message ?? message;
      } catch {
        /* keep the generic message */
      }
      const ok = xhr.status === 201;
      setStatus({ ok, message });
      if (ok) {
        if (inputRef.current) inputRef.current.value = "";
        router.refresh();
      }
    };
    xhr.onerror = () => {
      setProgress(null);
      setStatus({ ok: false, message: m.failed });
    };
    setStatus({ ok: true, message: m.uploadingPattern.replace("{name}", file.name) });
    setProgress(0);
    xhr.send(file);
  }

  return (
    <form
      method="post"
      action={`/api/v1/drafts/${encodeURIComponent(draftId)}/files`}
      encType="multipart/form-data"
      onSubmit={onSubmit}
      className="mt-2 grid gap-2"
    >
      <input type="hidden" name="slot" value={slot} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <label htmlFor={id} className="sr-only">
          {`${hasFile ? m.replace : m.chooseFile}: ${label}`}
        </label>
        <input
          ref={inputRef}
          id={id}
          name="file"
          type="file"
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          aria-describedby={status ? messageId : undefined}
          className="block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-500 file:bg-white file:px-3 file:py-1.5 file:text-slate-900"
        />
        <button type="submit" className={buttonClass("primary", { extra: "shrink-0" })} disabled={progress !== null}>
          {hasFile ? m.replace : m.upload}
        </button>
      </div>
      {progress !== null ? (
        <progress max={100} value={progress} aria-label={`${m.progress}: ${label}`} className="h-2 w-full">
          {progress}%
        </progress>
      ) : null}
      {status ? (
        <Alert id={messageId} kind={status.ok ? "success" : "error"} className="text-sm font-semibold">
          {status.message}
        </Alert>
      ) : null}
    </form>
  );
}
