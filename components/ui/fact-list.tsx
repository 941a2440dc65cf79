/** A term and its value, in the order they are listed. */
export type Fact = readonly [term: string, value: string];

/**
 * Terms beside their values on a wide screen, under each other on a narrow one. `className` sets the
 * margin and the gaps (`mt-3 gap-x-4 gap-y-2`); `valueClassName` lets long values wrap (`break-words`).
 */
export function FactList({ facts, className, valueClassName }: { facts: readonly Fact[]; className: string; valueClassName?: string }) {
  return (
    <dl className={`grid sm:grid-cols-[max-content_1fr] ${className}`}>
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className={valueClassName}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
