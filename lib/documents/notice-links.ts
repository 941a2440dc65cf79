import type { NoticeKind } from "./notice";

/** The notices a dossier can have (Mẫu 02/03/04): the slug of each in its URL, its kind, the action that issues it. */
export const NOTICES = [
  { slug: "yeu-cau-bo-sung", kind: "supplement", action: "request-supplement" },
  { slug: "tu-choi", kind: "refusal", action: "refuse" },
  { slug: "xin-loi", kind: "apology", action: "record-apology" },
] as const satisfies readonly { slug: string; kind: NoticeKind; action: string }[];

export type NoticeAction = (typeof NOTICES)[number]["action"];

export function noticeBySlug(slug: string) {
  return NOTICES.find((notice) => notice.slug === slug);
}

/** Links to the notices a dossier's history has issued, in the forms' order, each with its label. */
export function issuedNoticeLinks(code: string, issuedActions: ReadonlySet<string>, labels: Record<NoticeAction, string>) {
  return NOTICES.filter((notice) => issuedActions.has(notice.action)).map((notice) => ({
    href: `/ho-so/${encodeURIComponent(code)}/phieu/${notice.slug}`,
    label: labels[notice.action],
  }));
}
