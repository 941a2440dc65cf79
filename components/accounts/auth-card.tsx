import { cardClass } from "@/components/ui/card";

/** The frame of the accounts pages: a narrow card with the page title. */
export function AuthCard({ title, intro, children, wide = false }: { title: string; intro?: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <section className={`mx-auto grid w-full gap-4 ${wide ? "max-w-3xl" : "max-w-lg"}`}>
      <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
      {intro ? <p className="text-slate-800">{intro}</p> : null}
      <div className={cardClass("grid gap-4", "roomy")}>{children}</div>
    </section>
  );
}
