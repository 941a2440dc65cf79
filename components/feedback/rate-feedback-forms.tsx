import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { FieldError, TextareaField } from "@/components/ui/field";

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
            <button type="submit" name="rating" value="satisfied" className={buttonClass("primary")}>
              {t("rate.satisfied")}
            </button>
            <button type="submit" name="rating" value="not-satisfied" className={buttonClass("secondary")}>
              {t("rate.notSatisfied")}
            </button>
          </div>
          <FieldError id="pakn-danh-gia">{errors.rating}</FieldError>
        </form>
      ) : null}
      {canReopen ? (
        <form action={action} className="rounded border border-slate-300 p-3">
          {fields}
          <input type="hidden" name="intent" value="reopen" />
          <h3 className="font-bold">{t("rate.reopenHeading")}</h3>
          <TextareaField
            id="pakn-mo-lai"
            name="note"
            label={t("rate.reopenReason")}
            hint={t("rate.reopenHint")}
            rows={4}
            maxLength={2000}
            defaultValue={note}
            error={errors.note}
            fieldClassName="mt-2"
          />
          <button type="submit" className={buttonClass("negative", { extra: "mt-2" })}>
            {t("rate.reopenSubmit")}
          </button>
        </form>
      ) : null}
    </>
  );
}
