import { describe, expect, it } from "vitest";
import { checkRequestPath } from "./check-request-path";

describe("checkRequestPath", () => {
  it("lets real paths through, encoded or not", () => {
    for (const path of [
      "/",
      "/thu-tuc/1.001193",
      "/ho-so/000.01.22.H47-260101-0001/tep/0f8fad5b-d9cb-469f-a165-70867728950e",
      "/thu-tuc/%25",
      "/tra-cuu/Nguy%E1%BB%85n",
      "/api/auth/callback/credentials",
    ]) {
      expect(checkRequestPath(path), path).toBeNull();
    }
  });

  it.each([
    ["/thu-tuc/%", "malformed-encoding"],
    ["/thu-tuc/%E0%A4%A", "malformed-encoding"],
    ["/thu-tuc/%C0%AF", "malformed-encoding"],
    ["/thu-tuc/%FF%FE", "malformed-encoding"],
    ["/thu-tuc/%ED%A0%80", "malformed-encoding"],
    ["/ho-so/%00", "nul"],
    ["/quan-tri/ho-so/a%00b", "nul"],
    [`/thu-tuc/${"x".repeat(201)}`, "too-long"],
  ])("refuses %s (%s)", (path, problem) => {
    expect(checkRequestPath(path)).toBe(problem);
  });
});
