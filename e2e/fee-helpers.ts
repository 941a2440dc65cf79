import { expect, type Page } from "@playwright/test";
import { signIn } from "./submission-helpers";

/** A household poverty-certification form (1.000308), valid for the An Mỹ ward. */
export const HOUSEHOLD_FORM = { householdHead: "Nguyễn Văn An", householdAddress: "An Mỹ, Tam Kỳ", memberCount: 4, monthlyIncomePerCapita: 3500000 };

/** The demo citizen signs in and files a dossier with An Mỹ through the API (the wizard has its own journey); returns its code. */
export async function fileDossierThroughApi(citizen: Page): Promise<string> {
  await signIn(citizen, "/ho-so");
  const created = await citizen.request.post("/api/v1/dossiers", {
    data: { serviceCode: "1.000308", receivingUnitCode: "000.01.22.H47", formData: HOUSEHOLD_FORM },
    headers: { origin: new URL(citizen.url()).origin },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { code: string }).code;
}
