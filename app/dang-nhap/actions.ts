"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { getDb } from "@/db/client";
import { findUserByIdentifier } from "@/lib/auth/authenticate";
import { safeReturnPath } from "@/lib/auth/current-user";
import { accountMessages as m } from "@/lib/messages/accounts";

export interface SignInState {
  message: string;
  fieldErrors: { identifier?: string; password?: string };
  identifier: string;
}

export async function signInAction(_: SignInState, formData: FormData): Promise<SignInState> {
  const identifier = String(formData.get("identifier") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  const next = safeReturnPath(String(formData.get("next") ?? ""));
  const fieldErrors: SignInState["fieldErrors"] = {};
  if (!identifier) fieldErrors.identifier = m.signIn.required;
  if (!password) fieldErrors.password = m.signIn.required;
  if (fieldErrors.identifier || fieldErrors.password) return { message: "", fieldErrors, identifier };
  try {
    await signIn("credentials", { identifier, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { message: error.code === "tam-khoa" ? m.signIn.locked : m.signIn.invalid, fieldErrors: {}, identifier };
    }
    if (error instanceof AuthError) return { message: m.signIn.invalid, fieldErrors: {}, identifier };
    throw error;
  }
  const user = await findUserByIdentifier(await getDb(), identifier);
  if (user?.kind === "officer") redirect(`/dang-nhap/xac-thuc?next=${encodeURIComponent(next === "/ho-so" ? "/quan-tri" : next)}`);
  redirect(next);
}

export async function signInWithOidcAction(formData: FormData): Promise<void> {
  const next = safeReturnPath(String(formData.get("next") ?? ""));
  await signIn(String(formData.get("provider") ?? ""), { redirectTo: next });
}
