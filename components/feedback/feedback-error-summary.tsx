import { useMessageText } from "@/lib/i18n/use-message-text";

/**
 * The list of what to fix, above a feedback form, each entry a link to its field (its message as it stands
 * beside the field). Unlike components/ui/error-summary it does not take the focus: the enhanced forms
 * focus the first wrong field themselves.
 */
export function FeedbackErrorSummary({ title, errors }: { title: string; errors: { id: string; message: string }[] }) {
  const text = useMessageText();
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="rounded border-l-4 border-accent-700 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((error) => (
          <li key={error.id}>
            <a href={`#${error.id}`} className="text-red-900 underline">
              {text(error.message)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
