import { describe, expect, it } from "vitest";
import { historyTitle } from "./history-line";

const names = new Map([["u-1", "Phạm Văn Chuyên"]]);

describe("history lines on the officer's page", () => {
  it("names the specialist an assignment went to", () => {
    expect(historyTitle({ action: "assign", data: { assigneeId: "u-2", assigneeName: "Nguyễn Văn B" } }, names)).toBe(
      "Phân công chuyên viên Nguyễn Văn B",
    );
    // Entries written before the name was kept find it among the unit's officers.
    expect(historyTitle({ action: "assign", data: { assigneeId: "u-1" } }, names)).toBe("Phân công chuyên viên Phạm Văn Chuyên");
    expect(historyTitle({ action: "assign", data: { assigneeId: "u-9" } }, names)).toBe("Phân công chuyên viên");
  });

  it("labels the other steps as the forms do", () => {
    expect(historyTitle({ action: "receive", data: {} }, names)).toBe("Tiếp nhận");
    expect(historyTitle({ action: "register-counter", data: {} }, names)).toBe("Tiếp nhận hồ sơ tại quầy");
    expect(historyTitle({ action: "something-new", data: {} }, names)).toBe("something-new");
  });
});
