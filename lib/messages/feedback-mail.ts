import { FEEDBACK_KIND_LABELS, type FeedbackKind } from "@/lib/feedback/feedback-vocabulary";

const FOOTER = "Đây là thư tự động của Cổng Dịch vụ công tỉnh Quảng Nam, vui lòng không trả lời thư này.";
const lines = (parts: string[]) => parts.filter((line, i, all) => line !== "" || all[i - 1] !== "").join("\n");

/** Emails, notifications and history notes of the feedback register. `CODE` stands for the code in SQL-built texts. */
export const feedbackMail = {
  received: {
    subject: (code: string) => `Đã nhận phản ánh, kiến nghị ${code}`,
    body: (p: { name: string; code: string; kind: FeedbackKind; subject: string; link: string }) =>
      lines([
        `Kính gửi ${p.name},`,
        "",
        `Trung tâm tiếp nhận phản ánh, kiến nghị (đường dây 1022) đã nhận ${FEEDBACK_KIND_LABELS[p.kind].toLowerCase()} của bạn: "${p.subject}".`,
        `Mã tra cứu: ${p.code}. Bạn có thể theo dõi bằng mã này và số điện thoại đã khai: ${p.link}`,
        "",
        FOOTER,
      ]),
    notificationTitle: (code: string) => `Đã nhận phản ánh ${code}`,
    notificationBody: "Phản ánh, kiến nghị của bạn đã được tiếp nhận.",
  },
  answered: {
    subject: (code: string) => `Trả lời phản ánh, kiến nghị ${code}`,
    body: (p: { name: string; code: string; subject: string; answer: string; link: string }) =>
      lines([
        `Kính gửi ${p.name},`,
        "",
        `Phản ánh, kiến nghị ${p.code} ("${p.subject}") đã được trả lời:`,
        "",
        p.answer,
        "",
        `Xem và đánh giá câu trả lời: ${p.link}`,
        "",
        FOOTER,
      ]),
    notificationTitle: (code: string) => `Phản ánh ${code} đã được trả lời`,
    notificationBody: "Xem câu trả lời và cho biết bạn có hài lòng không.",
  },
  reminder: {
    subject: (code: string, due: string) => `Nhắc hạn trả lời phản ánh ${code} (hạn ${due})`,
    body: (p: { unit: string; code: string; subject: string; due: string; link: string }) =>
      lines([`Kính gửi ${p.unit},`, "", `Phản ánh ${p.code} ("${p.subject}") cần được trả lời trước ${p.due}.`, `Xử lý tại: ${p.link}`, "", FOOTER]),
  },
  escalation: {
    subject: (code: string) => `Phản ánh ${code} đã quá hạn trả lời`,
    body: (p: { name: string; unit: string; code: string; subject: string; due: string; link: string }) =>
      lines([
        `Kính gửi ${p.name},`,
        "",
        `Phản ánh ${p.code} ("${p.subject}") chuyển đến ${p.unit} đã quá hạn trả lời (hạn ${p.due}).`,
        `Đề nghị chỉ đạo xử lý: ${p.link}`,
        "",
        FOOTER,
      ]),
  },
  history: {
    submit: "Gửi phản ánh, kiến nghị qua Cổng Dịch vụ công.",
    intake: (channel: string) => `Tổng đài viên tiếp nhận qua kênh ${channel}.`,
    answerOnSpot: "Trả lời trực tiếp khi tiếp nhận.",
    forward: (unit: string, due: string) => `Chuyển ${unit} xử lý, hạn trả lời ${due}.`,
    remind: (due: string) => `Nhắc hạn trả lời (hạn ${due}).`,
    escalate: "Quá hạn trả lời: đã báo lãnh đạo đơn vị.",
  },
} as const;
