import { describe, expect, it } from "vitest";
import { statisticsNumbers } from "./format";

describe("statisticsNumbers", () => {
  it("writes Vietnamese figures as published reports do", () => {
    const vi = statisticsNumbers("vi");
    expect(vi.count(90010)).toBe("90.010");
    expect(vi.rate(0.9874)).toBe("98,7%");
    expect(vi.rate(1)).toBe("100,0%");
    expect(vi.rate(null)).toBe("—");
    expect(vi.points(19.4)).toBe("19,40");
    expect(vi.days(15)).toBe("15");
    expect(vi.days(2.5)).toBe("2,5");
    expect(vi.day("2025-03-01")).toBe("01/03/2025");
  });

  it("writes English figures in British conventions", () => {
    const en = statisticsNumbers("en");
    expect(en.count(90010)).toBe("90,010");
    expect(en.rate(0.9874)).toBe("98.7%");
    expect(en.points(19.4)).toBe("19.40");
    expect(en.days(2.5)).toBe("2.5");
    expect(en.day("2025-03-01")).toBe("01/03/2025");
  });
});
