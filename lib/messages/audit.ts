import { isOfficerRole, ROLE_NAMES } from "@/lib/workflow/permissions";

/** Strings of the audit log page (/quan-tri/nhat-ky). */
export const auditMessages = {
  title: "Nhật ký tài khoản và phân quyền",
  intro: "Mọi thay đổi tài khoản cán bộ, vai trò, khóa/mở khóa, mật khẩu và email, mới nhất trước. Nhật ký chỉ được ghi thêm, không sửa hay xóa được.",
  empty: "Chưa có thay đổi nào.",
  older: "Xem các thay đổi cũ hơn",
  newest: "Về các thay đổi mới nhất",
  at: "Thời gian",
  actor: "Người thực hiện",
  target: "Tài khoản",
  unit: "Đơn vị",
  before: "Trước",
  after: "Sau",
  noActor: "Người mở liên kết gửi qua email",
  actions: {
    "officer.create": "Thêm cán bộ",
    "officer.roles": "Đổi vai trò",
    "officer.disable": "Khóa tài khoản",
    "officer.enable": "Mở khóa tài khoản",
    "account.password": "Đổi mật khẩu",
    "account.reset-password": "Đặt lại mật khẩu qua email",
    "account.contact": "Đổi email",
  } as Record<string, string>,
};

/** A before/after value as a reader would say it: role names, locked or not, the email, the division. */
export function describeAuditState(state: Record<string, unknown> | null): string {
  if (!state) return "—";
  const parts: string[] = [];
  if (Array.isArray(state.roles)) parts.push(state.roles.map((r) => (typeof r === "string" && isOfficerRole(r) ? ROLE_NAMES[r] : String(r))).join(", ") || "không có vai trò");
  if (typeof state.disabled === "boolean") parts.push(state.disabled ? "Đã khóa" : "Đang hoạt động");
  if (typeof state.email === "string") parts.push(state.email);
  if (typeof state.division === "string") parts.push(state.division);
  return parts.join(" · ") || "—";
}
