import { describe, expect, it } from "vitest";
import { landingPath, requestedNextPath } from "./landing-path";

describe("where a sign-in lands", () => {
  it("takes officers to the back office and citizens and businesses to their account when no page was asked for", () => {
    expect(landingPath("officer")).toBe("/quan-tri");
    expect(landingPath("officer", "")).toBe("/quan-tri");
    expect(landingPath("citizen")).toBe("/tai-khoan");
    expect(landingPath("business", undefined)).toBe("/tai-khoan");
  });

  it("keeps a page of this site that was asked for, and only such a page", () => {
    expect(landingPath("officer", "/quan-tri/ho-so/000.01.22.H47-261201-0001")).toBe("/quan-tri/ho-so/000.01.22.H47-261201-0001");
    expect(landingPath("citizen", "/ho-so?trang-thai=3")).toBe("/ho-so?trang-thai=3");
    expect(landingPath("officer", "https://evil.example/")).toBe("/quan-tri");
    expect(requestedNextPath("//evil.example/")).toBe("");
    expect(requestedNextPath(undefined)).toBe("");
    expect(requestedNextPath("/ho-so")).toBe("/ho-so");
  });
});
