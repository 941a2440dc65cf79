import { useTranslations } from "next-intl";
import { FieldError } from "./fields";

type FormAction = string | ((formData: FormData) => void | Promise<void>);

/**
 * After an answer: the sender rates it (two buttons, one form), and if not satisfied may ask once for it
 * to be looked at again (with a reason). `hidden` identifies the item (code + phone, or its id).
 */
export function RateFeedbackForms({
  action,
  hidden,
  canRate,
  canReopen,
  rating,
  errors = {},
  note = "",
}: {
  action: FormAction;
  hidden: Record<string, string>;
  canRate: boolean;
  canReopen: boolean;
  rating: "satisfied" | "not-satisfied" | null;
  errors?: Record<string, string>;
  note?: string;
}) {
  const t = useTranslations("feedback");
  const fields = Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  return (
    <>
      {rating ? <p className="font-semibold">{rating === "satisfied" ? t("rate.rated.satisfied") : t("rate.rated.notSatisfied")}</p> : null}
      {canRate ? (
        <form action={action} className="rounded border border-slate-300 p-3">
          {fields}
          <input type="hidden" name="intent" value="rate" />
          <p id="pakn-danh-gia" className="font-bold">
            {t("rate.heading")}
          </p>
          <div role="group" aria-labelledby="pakn-danh-gia" className="mt-2 flex flex-wrap gap-3">
            <button
              type="submit"
              name="rating"
              value="satisfied"
              className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
            >
              {t("rate.satisfied")}
            </button>
            <button
              type="submit"
              name="rating"
              value="not-satisfied"
              className="rounded border-2 border-brand-700 bg-white px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50"
            >
              {t("rate.notSatisfied")}
            </button>
          </div>
          <FieldError id="pakn-danh-gia" error={errors.rating} />
        </form>
      ) : null}
      {canReopen ? (
        <form action={action} className="rounded border border-slate-300 p-3">
          {fields}
          <input type="hidden" name="intent" value="reopen" />
          <h3 className="font-bold">{t("rate.reopenHeading")}</h3>
          <p id="pakn-mo-lai-goi-y" className="text-sm text-slate-700">
            {t("rate.reopenHint")}
          </p>
          <label htmlFor="pakn-mo-lai" className="mt-2 block font-semibold">
            {t("rate.reopenReason")}
          </label>
          <textarea
            id="pakn-mo-lai"
            name="note"
            rows={4}
            maxLength={2000}
            defaultValue={note}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={errors.note ? "pakn-mo-lai-goi-y pakn-mo-lai-loi" : "pakn-mo-lai-goi-y"}
            className={`mt-1 block w-full rounded border bg-white px-3 py-2 text-base ${errors.note ? "border-accent-700 ring-1 ring-accent-700" : "border-slate-500"}`}
          />
          <FieldError id="pakn-mo-lai" error={errors.note} />
          <button type="submit" className="mt-2 rounded border-2 border-accent-700 bg-white px-5 py-2 font-semibold text-accent-700 hover:bg-red-50">
            {t("rate.reopenSubmit")}
          </button>
        </form>
      ) : null}
    </>
  );
}
