"use server";

import { notFound } from "next/navigation";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { payWithTestGateway } from "@/lib/payments/pay-with-test-gateway";
import { parseBoundary, uuidSchema } from "@/lib/validation/boundary-schemas";

/** The built-in test gateway's two buttons: pay, or simulate a failed payment (field `result`). */
export async function payWithTestGatewayAction(formData: FormData): Promise<void> {
  const id = parseBoundary(uuidSchema, formData.get("paymentId")?.toString()) ?? notFound();
  const user = await requireUser(`/thanh-toan-thu/${encodeURIComponent(id)}`);
  const outcome = await payWithTestGateway(await getDb(), id, user.id, formData.get("result") === "ok");
  if (!outcome) notFound();
  await redirectInLocale(`/thanh-toan-thu/${encodeURIComponent(id)}?ket-qua=${outcome.status}`);
}
