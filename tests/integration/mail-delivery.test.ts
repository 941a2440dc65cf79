import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { emailOutbox, notifications } from "@/db/schema";
import { deliverOutbox, retryDelayMs } from "@/lib/mail/deliver-outbox";
import { enqueueEmail } from "@/lib/mail/outbox";
import { createSmtpTransport } from "@/lib/mail/smtp-transport";
import { notifyStatusChange } from "@/lib/notifications/notify-status-change";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { insertDossier, insertUser } from "./tracking-fixtures";

interface Received {
  to: string[];
  raw: string;
}

let testDb: TestDatabase;
let db: Database;
let server: SMTPServer;
let port = 0;
const received: Received[] = [];
/** Recipients the test server refuses (to exercise retries). */
const refused = new Set<string>();

/** Decodes RFC 2047 words of a header and the quoted-printable or base64 body, enough to read a message. */
function readMessage(raw: string) {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, " ");
  const subjectRaw = /^Subject: (.*)$/im.exec(headers)?.[1] ?? "";
  const subject = subjectRaw.replace(/\?=\s+=\?/g, "?==?").replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          "latin1",
        ).toString("utf8"),
  );
  const bodyRaw = rest.join("\n\n");
  const encoding = /^Content-Transfer-Encoding: (\S+)/im.exec(headers)?.[1]?.toLowerCase();
  const body =
    encoding === "base64"
      ? Buffer.from(bodyRaw.replace(/\s+/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? Buffer.from(
            bodyRaw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8")
        : bodyRaw;
  return { subject, body, from: /^From: (.*)$/im.exec(headers)?.[1] ?? "" };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.handle.db;
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) callback(new Error("550 Mailbox unavailable"));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await testDb?.drop();
});

beforeEach(async () => {
  received.length = 0;
  refused.clear();
  // Each test starts with an empty queue (earlier tests' messages are marked sent).
  await db.update(emailOutbox).set({ sentAt: new Date() });
});

const transport = () => {
  const smtp = createSmtpTransport(`smtp://127.0.0.1:${port}`);
  if (!smtp) throw new Error("no transport");
  return smtp;
};

describe("email delivery over SMTP", () => {
  it("sends pending outbox messages to a real SMTP server and marks them sent, once", async () => {
    const id = await enqueueEmail(db, {
      to: "congdan@example.vn",
      subject: "Xác nhận địa chỉ thư điện tử",
      text: "Xin chào, đây là thư thử nghiệm có dấu: ắ ễ ợ.",
      kind: "verify-email",
    });
    const report = await deliverOutbox(db, transport());
    expect(report).toEqual({ sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(["congdan@example.vn"]);
    const message = readMessage(received[0]?.raw ?? "");
    expect(message.subject).toBe("Xác nhận địa chỉ thư điện tử");
    expect(message.body).toContain("thư thử nghiệm có dấu: ắ ễ ợ.");
    expect(message.from).toContain("no-reply@dichvucong.quangnam.gov.vn");
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row?.sentAt).toBeInstanceOf(Date);
    expect(row?.attempts).toBe(1);

    expect(await deliverOutbox(db, transport())).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(1);
  });

  it("keeps a refused message with its error and retries it after the backoff", async () => {
    refused.add("hong@example.vn");
    const id = await enqueueEmail(db, { to: "hong@example.vn", subject: "Thử lại", text: "Nội dung", kind: "dossier-status" });
    const start = new Date(Date.now() + 1000); // after the database clock stamped the row (microseconds)
    expect(await deliverOutbox(db, transport(), { now: () => start })).toEqual({ sent: 0, failed: 1 });
    const [failed] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(failed?.sentAt).toBeNull();
    expect(failed?.attempts).toBe(1);
    expect(failed?.lastError).toMatch(/550|Mailbox/);
    expect(failed?.nextAttemptAt.getTime()).toBe(start.getTime() + retryDelayMs(1));

    // Not due yet: nothing happens.
    expect(await deliverOutbox(db, transport(), { now: () => new Date(start.getTime() + 1000) })).toEqual({ sent: 0, failed: 0 });

    refused.clear();
    const later = new Date(start.getTime() + retryDelayMs(1) + 1);
    expect(await deliverOutbox(db, transport(), { now: () => later })).toEqual({ sent: 1, failed: 0 });
    const [sent] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(sent?.attempts).toBe(2);
    expect(sent?.lastError).toBeNull();
    expect(received.map((r) => r.to[0])).toEqual(["hong@example.vn"]);
  });

  it("backs off exponentially up to an hour", () => {
    expect([1, 2, 3, 4, 10].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000, 3_600_000]);
  });
});

describe("status-change notifier", () => {
  it("writes the email and the in-app notification in the caller's transaction, delivered in Vietnamese", async () => {
    const user = await insertUser(db);
    const { dossier } = await insertDossier(db, { userId: user.id, idNumber: user.idNumber ?? "", email: "nguoinop@example.vn" });
    await db.transaction((tx) => notifyStatusChange(tx, { dossierId: dossier.id, toStatus: 2, note: "Đã nhận đủ giấy tờ." }));
    expect(await deliverOutbox(db, transport())).toEqual({ sent: 1, failed: 0 });
    const message = readMessage(received[0]?.raw ?? "");
    expect(received[0]?.to).toEqual(["nguoinop@example.vn"]);
    expect(message.subject).toBe(`Hồ sơ ${dossier.code}: Được tiếp nhận`);
    expect(message.body).toContain("Ghi chú: Đã nhận đủ giấy tờ.");
    expect(message.body).toContain(`/ho-so/${encodeURIComponent(dossier.code)}`);
    const rows = await db.select().from(notifications).where(eq(notifications.dossierId, dossier.id));
    expect(rows.map((r) => r.title)).toEqual([`Hồ sơ ${dossier.code}: Được tiếp nhận`]);
  });

  it("leaves nothing behind when the status change rolls back", async () => {
    const user = await insertUser(db);
    const { dossier } = await insertDossier(db, { userId: user.id, idNumber: user.idNumber ?? "" });
    await expect(
      db.transaction(async (tx) => {
        await notifyStatusChange(tx, { dossierId: dossier.id, toStatus: 4 });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.select().from(notifications).where(eq(notifications.dossierId, dossier.id))).toEqual([]);
    expect(await deliverOutbox(db, transport())).toEqual({ sent: 0, failed: 0 });
  });
});
