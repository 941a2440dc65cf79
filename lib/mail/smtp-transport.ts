import nodemailer from "nodemailer";
import { serverEnv } from "@/lib/config";

/** What delivery needs from a mail transport (a nodemailer Transporter has it). */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string; html?: string }): Promise<unknown>;
}

/** The sender shown on every email: MAIL_FROM, by default the portal's no-reply address. */
export function mailFrom(): string {
  return serverEnv().MAIL_FROM;
}

/** An SMTP transport for SMTP_URL (e.g. smtps://user:pass@smtp.example.vn:465), or null when it is not set. */
export function createSmtpTransport(smtpUrl: string | undefined = serverEnv().SMTP_URL): MailTransport | null {
  if (!smtpUrl) return null;
  return nodemailer.createTransport(smtpUrl);
}
