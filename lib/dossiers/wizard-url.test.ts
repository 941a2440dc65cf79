import { describe, expect, it } from "vitest";
import { draftLeftBySwitch, wizardUrl } from "./wizard-url";

const DRAFT = "0b6f4a52-3f0e-4c55-9a43-1d2b3c4d5e6f";
const here = { locale: "vi" as const, serviceCode: "1.001193" };

describe("the draft left by a language switch without JavaScript", () => {
  it("takes the draft and step from the same wizard in the other language", () => {
    expect(draftLeftBySwitch(`http://localhost:3000/en${wizardUrl("1.001193", DRAFT, 2)}`, here)).toEqual({ draftId: DRAFT, step: 2 });
    expect(draftLeftBySwitch(`http://localhost:3000${wizardUrl("1.001193", DRAFT, 3)}`, { ...here, locale: "en" })).toEqual({
      draftId: DRAFT,
      step: 3,
    });
    expect(draftLeftBySwitch(`http://localhost:3000/en${wizardUrl("1.001193", DRAFT)}`, here)).toEqual({ draftId: DRAFT });
  });

  it("ignores the same language (the start page opened on purpose), another service and bad values", () => {
    expect(draftLeftBySwitch(`http://localhost:3000${wizardUrl("1.001193", DRAFT, 2)}`, here)).toBeNull();
    expect(draftLeftBySwitch(`http://localhost:3000/en${wizardUrl("1.000308", DRAFT, 2)}`, here)).toBeNull();
    expect(draftLeftBySwitch(`http://localhost:3000/en${wizardUrl("1.001193", "not-a-uuid", 2)}`, here)).toBeNull();
    expect(draftLeftBySwitch(`http://localhost:3000/en${wizardUrl("1.001193", DRAFT, 9)}`, here)).toEqual({ draftId: DRAFT });
    expect(draftLeftBySwitch("http://localhost:3000/en/thu-tuc/1.001193", here)).toBeNull();
    expect(draftLeftBySwitch("not a url", here)).toBeNull();
    expect(draftLeftBySwitch(null, here)).toBeNull();
  });
});
