import { describe, expect, it } from "vitest";
import { emptySums, figuresOf, type RollupSums } from "./figures";
import { exportValue, flatHeading, headingGroups, REPORT_COLUMNS, reportFileRows } from "./report-table";

const sums = (s: Partial<RollupSums>): RollupSums => ({ ...emptySums(), ...s });
// 5 open before the period (2 of them overdue); in it 10 received (6 online, 3 in person, 1 postal),
// 7 resolved (2 early, 4 on time, 1 late; 5 received online), 1 refused, 1 withdrawn.
const figures = figuresOf(
  sums({ received: 5, overdueFrom: 2 }),
  sums({
    received: 10,
    receivedOnline: 6,
    receivedInPerson: 3,
    receivedPostal: 1,
    resolvedEarly: 2,
    resolvedOnTime: 4,
    resolvedLate: 1,
    resolvedOnline: 5,
    refused: 1,
    withdrawn: 1,
    closedAfterDue: 1,
  }),
);

describe("the report table's columns", () => {
  it("cover every figure of the §12 identity, each once", () => {
    const keys = REPORT_COLUMNS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of [
      "carriedOver",
      "received",
      "resolved",
      "refused",
      "withdrawn",
      "stopped",
      "inProgress",
      "inProgressInTime",
      "inProgressOverdue",
    ] as const)
      expect(keys).toContain(k);
  });

  it("group the header: groups span their columns, single columns span two rows", () => {
    expect(headingGroups("vi").map((g) => [g.label, g.span, Boolean(g.column)])).toEqual([
      ["Tồn kỳ trước", 1, true],
      ["Tiếp nhận trong kỳ", 4, false],
      ["Tổng số cần xử lý", 1, true],
      ["Đã giải quyết", 5, false],
      ["Không giải quyết", 3, false],
      ["Đang giải quyết cuối kỳ", 3, false],
      ["Tỷ lệ", 2, false],
    ]);
    expect(flatHeading(REPORT_COLUMNS[7]!, "vi")).toBe("Đã giải quyết: Trước hạn");
    expect(flatHeading(REPORT_COLUMNS.at(-2)!, "vi")).toBe("Tỷ lệ: Đúng hạn (%)");
  });

  it("are English for an English reader", () => {
    expect(headingGroups("en").map((g) => g.label)).toEqual([
      "Carried over",
      "Received in the period",
      "Total to handle",
      "Resolved",
      "Not resolved",
      "In progress at the end",
      "Rates",
    ]);
    expect(flatHeading(REPORT_COLUMNS[7]!, "en")).toBe("Resolved: Early");
    expect(flatHeading(REPORT_COLUMNS.at(-2)!, "en")).toBe("Rates: On time (%)");
  });
});

describe("the rows a file holds", () => {
  it("are the heading row, one row per group and the total, counts as numbers and rates in percent", () => {
    const rows = reportFileRows("Đơn vị", [{ label: "UBND phường An Mỹ", figures }], figures, "vi");
    expect(rows).toHaveLength(3);
    expect(rows[0]![0]).toBe("Đơn vị");
    expect(rows[1]).toEqual(["UBND phường An Mỹ", 5, 10, 6, 3, 1, 15, 7, 2, 4, 1, 5, 1, 1, 0, 6, 5, 1, 85.7, 71.4]);
    expect(rows[2]![0]).toBe("Tổng cộng");
    // The identity, read from the row: carried over + received = resolved + refused + withdrawn + stopped + in progress.
    const [, carried, received, , , , , resolved, , , , , refused, withdrawn, stopped, inProgress] = rows[1] as number[];
    expect(carried! + received!).toBe(resolved! + refused! + withdrawn! + stopped! + inProgress!);
  });

  it("leave a rate empty when nothing was resolved", () => {
    const quiet = figuresOf(emptySums(), sums({ received: 2 }));
    expect(exportValue(REPORT_COLUMNS.at(-1)!, quiet)).toBeNull();
    expect(exportValue(REPORT_COLUMNS[0]!, quiet)).toBe(0);
  });
});
