/**
 * The one permission table: which officer role may take which action. Every officer page, query and
 * mutation checks it on the server together with the officer's unit.
 */
export const OFFICER_ROLES = ["tiep-nhan", "chuyen-vien", "lanh-dao", "quan-tri-don-vi", "quan-tri-he-thong", "tong-dai-vien"] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

export const ROLE_NAMES: Record<OfficerRole, string> = {
  "tiep-nhan": "Tiếp nhận (Bộ phận Một cửa)",
  "chuyen-vien": "Chuyên viên",
  "lanh-dao": "Lãnh đạo",
  "quan-tri-don-vi": "Quản trị đơn vị",
  "quan-tri-he-thong": "Quản trị hệ thống",
  "tong-dai-vien": "Tổng đài viên 1022 (Trung tâm thông tin)",
};

/**
 * Workflow actions taken by officers (status-machine.ts), plus the officer area's other rights.
 * `view-report`: the periodic report of the officer's own unit; `view-province-report`: of every tier and unit.
 */
export const OFFICER_ACTIONS = [
  "receive",
  "refuse",
  "assign",
  "request-supplement",
  "propose",
  "approve",
  "send-back",
  "request-payment",
  "cancel-payment",
  "refund-payment",
  "stop",
  "mark-processed",
  "return-result",
  "confirm-withdrawal",
  "record-apology",
  "register-counter-dossier",
  "view-dossiers",
  "export-dossiers",
  "view-ratings",
  "manage-officers",
  "manage-services",
  "manage-holidays",
  "view-audit-log",
  "view-report",
  "view-province-report",
  // The feedback register (docs/feedback.md): the centre's intake, triage, review and publication; a
  // unit's answer and its one send-back. An officer without feedback-triage sees only what was
  // forwarded to their unit.
  "feedback-intake",
  "feedback-triage",
  "feedback-review",
  "feedback-publish",
  "feedback-agency-answer",
  "feedback-agency-return",
  "view-feedback",
] as const;
export type OfficerAction = (typeof OFFICER_ACTIONS)[number];

const PERMISSIONS: Record<OfficerRole, readonly OfficerAction[]> = {
  "tiep-nhan": [
    "receive",
    "refuse",
    "assign",
    "request-supplement",
    "request-payment",
    "cancel-payment",
    "refund-payment",
    "return-result",
    "confirm-withdrawal",
    "record-apology",
    "register-counter-dossier",
    "view-dossiers",
    "export-dossiers",
    "view-report",
  ],
  "chuyen-vien": [
    "request-supplement",
    "propose",
    "request-payment",
    "cancel-payment",
    "mark-processed",
    "view-dossiers",
    "export-dossiers",
    "feedback-agency-answer",
    "view-feedback",
  ],
  "lanh-dao": [
    "assign",
    "approve",
    "send-back",
    "refund-payment",
    "stop",
    "mark-processed",
    "confirm-withdrawal",
    "record-apology",
    "view-dossiers",
    "export-dossiers",
    "view-ratings",
    "feedback-agency-answer",
    "feedback-agency-return",
    "view-feedback",
    "view-report",
  ],
  "quan-tri-don-vi": ["view-dossiers", "view-ratings", "manage-officers", "manage-services", "view-report"],
  // The province's system administrators sit at the provincial People's Committee (000.00.00.H47): the
  // periodic report of every tier and unit is theirs to see (docs/statistics.md#the-officers-report).
  "quan-tri-he-thong": [
    "view-ratings",
    "manage-officers",
    "manage-services",
    "manage-holidays",
    "view-audit-log",
    "view-report",
    "view-province-report",
  ],
  "tong-dai-vien": ["feedback-intake", "feedback-triage", "feedback-review", "feedback-publish", "view-feedback"],
};

/**
 * Which roles each role may grant or take away (separation of duties): a unit admin manages the unit's
 * processing and admin roles, only a system admin the system-admin role; nobody changes their own roles
 * (lib/admin/manage-officers.ts), so no admin can make itself a processor of the dossiers it oversees.
 */
export const GRANTABLE_ROLES: Record<OfficerRole, readonly OfficerRole[]> = {
  "tiep-nhan": [],
  "chuyen-vien": [],
  "lanh-dao": [],
  "quan-tri-don-vi": ["tiep-nhan", "chuyen-vien", "lanh-dao", "quan-tri-don-vi"],
  "quan-tri-he-thong": OFFICER_ROLES,
  "tong-dai-vien": [],
};

/** The roles these roles together may grant, in the table's order. */
export function grantableRoles(roles: readonly string[]): OfficerRole[] {
  const allowed = new Set(roles.filter(isOfficerRole).flatMap((role) => GRANTABLE_ROLES[role]));
  return OFFICER_ROLES.filter((role) => allowed.has(role));
}

export function isOfficerRole(value: string): value is OfficerRole {
  return (OFFICER_ROLES as readonly string[]).includes(value);
}

/** True when any of the roles allows the action. */
export function mayOfficer(roles: readonly string[], action: OfficerAction): boolean {
  return roles.some((role) => isOfficerRole(role) && PERMISSIONS[role].includes(action));
}
