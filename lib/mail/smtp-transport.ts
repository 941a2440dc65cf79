import nodemailer from "nodemailer";

/** What delivery needs from a mail transport (a nodemailer Transporter has it). */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string; html?: string }): Promise<unknown>;
}

/** The sender shown on every email: MAIL_FROM, by default the portal's no-reply address. */
export function mailFrom(): string {
  return process.env.MAIL_FROM?.trim() || '"Cổng Dịch vụ công tỉnh Quảng Nam" <no-reply@dichvucong.quangnam.gov.vn>';
}

/** An SMTP transport for SMTP_URL (e.g. smtps://user:pass@smtp.example.vn:465), or null when it is not set. */
export function createSmtpTransport(smtpUrl: string | undefined = process.env.SMTP_URL?.trim()): MailTransport | null {
  if (!smtpUrl) return null;
  return nodemailer.createTransport(smtpUrl);
}
