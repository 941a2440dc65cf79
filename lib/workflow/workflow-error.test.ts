import { describe, expect, it } from "vitest";
import { decide } from "./status-machine";
import { STATUS } from "./statuses";
import { CONFLICT, WorkflowError } from "./workflow-error";

describe("WorkflowError", () => {
  it("carries a catalog key: Vietnamese as before, English for an English reader", () => {
    const error = new WorkflowError("conflict", CONFLICT);
    expect(error.message).toBe(
      "Hồ sơ vừa được người khác cập nhật. Thao tác của bạn chưa được thực hiện; vui lòng tải lại trang để xem trạng thái mới.",
    );
    expect(error.textIn("vi")).toBe(error.message);
    expect(error.textIn("en")).toBe(
      "Someone else has just updated this dossier. Your action was not carried out; please reload the page to see its new status.",
    );
  });

  it("names roles and fills arguments in the reader's language", () => {
    const roles = new WorkflowError("refused", { key: "rolesNotGrantable", roles: ["lanh-dao", "chuyen-vien"] });
    expect(roles.message).toBe("Bạn không được cấp hoặc thu hồi vai trò: Lãnh đạo, Chuyên viên.");
    expect(roles.textIn("en")).toBe("You may not grant or remove these roles: Leader, Specialist.");
    const refund = new WorkflowError("refused", { namespace: "fees", key: "alreadyRefundedReceipt", args: { receipt: "HP-1" } });
    expect(refund.message).toContain("(biên lai HP-1)");
    expect(refund.textIn("en")).toContain("HP-1");
    expect(refund.textIn("en")).not.toBe(refund.message);
  });

  it("translates the status machine's refusals and leaves other texts and validation keys as they are", () => {
    const decision = decide({ status: STATUS.NEW } as never, "record-apology", { kind: "citizen", id: "x" } as never);
    expect(decision.ok).toBe(false);
    const refusal = new WorkflowError("refused", decision.ok ? "" : decision.message);
    expect(refusal.message).toBe("Bạn không có quyền thực hiện thao tác này.");
    expect(refusal.textIn("en")).toBe("You are not allowed to do this.");
    expect(new WorkflowError("invalid", "validation.officer.newAppointmentNotAhead").textIn("en")).toBe("validation.officer.newAppointmentNotAhead");
    expect(new WorkflowError("invalid", "Văn bản khác").textIn("en")).toBe("Văn bản khác");
  });
});
