import { describe, expect, it } from "vitest";
import { groupAccessByMinute } from "./group-access";

const at = (iso: string) => new Date(`${iso}+07:00`);

describe("groupAccessByMinute", () => {
  it("joins openings by one unit in one minute and counts them", () => {
    const lines = groupAccessByMinute([
      { unitName: "UBND phường An Mỹ", at: at("2026-11-29T17:42:50") },
      { unitName: "UBND phường An Mỹ", at: at("2026-11-29T17:42:10") },
      { unitName: "UBND phường An Mỹ", at: at("2026-11-29T17:42:01") },
    ]);
    expect(lines).toEqual([{ when: "17:42 29/11/2026", unitName: "UBND phường An Mỹ", count: 3 }]);
  });

  it("keeps separate lines for another minute or another unit, in the given order", () => {
    const lines = groupAccessByMinute([
      { unitName: "UBND phường An Mỹ", at: at("2026-11-29T17:43:00") },
      { unitName: "Sở Xây dựng", at: at("2026-11-29T17:42:30") },
      { unitName: "UBND phường An Mỹ", at: at("2026-11-29T17:42:20") },
      { unitName: "UBND phường An Mỹ", at: at("2026-11-29T17:41:59") },
    ]);
    expect(lines.map((l) => [l.when, l.unitName, l.count])).toEqual([
      ["17:43 29/11/2026", "UBND phường An Mỹ", 1],
      ["17:42 29/11/2026", "Sở Xây dựng", 1],
      ["17:42 29/11/2026", "UBND phường An Mỹ", 1],
      ["17:41 29/11/2026", "UBND phường An Mỹ", 1],
    ]);
  });

  it("gives no lines for no openings", () => {
    expect(groupAccessByMinute([])).toEqual([]);
  });
});
