import type { Metadata } from "next";
import { accountMessages as m } from "@/lib/messages/accounts";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: "Đăng xuất", robots: { index: false } };

export default function SignOutPage() {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{m.signOut.title}</h1>
      <p>{m.signOut.intro}</p>
      <form action={signOutAction}>
        <button className="rounded bg-brand-700 px-5 py-2 font-semibold text-white">{m.signOut.submit}</button>
      </form>
    </div>
  );
}
