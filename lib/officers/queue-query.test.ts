import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { queueOrder } from "./list-officer-queue";
import { parseQueueParams } from "./parse-queue-params";
import { defaultQueueFor } from "./queue-query";

const orderBy = (sort: "han-tang" | "han-giam" | "moi-nhat") => new PgDialect().sqlToQuery(sql.join(queueOrder(sort), sql`, `)).sql;

describe("each role's own queue", () => {
  it("opens reception on what waits for receipt, the specialist on their own dossiers, the leader on what waits for approval", () => {
    expect(defaultQueueFor(["tiep-nhan"])).toBe("tiep-nhan");
    expect(defaultQueueFor(["chuyen-vien"])).toBe("cua-toi");
    expect(defaultQueueFor(["lanh-dao"])).toBe("cho-phe-duyet");
    expect(defaultQueueFor(["quan-tri-don-vi"])).toBe("tat-ca");
  });

  it("takes the earliest step of the workflow for an officer with two roles", () => {
    expect(defaultQueueFor(["lanh-dao", "tiep-nhan"])).toBe("tiep-nhan");
    expect(defaultQueueFor(["lanh-dao", "chuyen-vien"])).toBe("cua-toi");
    expect(defaultQueueFor(["quan-tri-don-vi", "lanh-dao"])).toBe("cho-phe-duyet");
  });

  it("keeps a queue named in the URL whatever the role", () => {
    expect(parseQueueParams({}, ["lanh-dao"]).query.queue).toBe("cho-phe-duyet");
    expect(parseQueueParams({ queue: "tiep-nhan" }, ["lanh-dao"]).query.queue).toBe("tiep-nhan");
    expect(parseQueueParams({ queue: "khong-co" }, ["chuyen-vien"])).toMatchObject({
      query: { queue: "cua-toi" },
      errors: { queue: "validation.officer.queueInvalid" },
    });
  });
});

describe("queue order", () => {
  it("breaks ties in due date by submission time, oldest first, in both directions of the due date", () => {
    expect(orderBy("han-tang")).toBe('"dossiers"."due_at" asc, "dossiers"."submitted_at" asc, "dossiers"."id" asc');
    expect(orderBy("han-giam")).toBe('"dossiers"."due_at" desc, "dossiers"."submitted_at" asc, "dossiers"."id" asc');
    expect(orderBy("moi-nhat")).toBe('"dossiers"."submitted_at" desc, "dossiers"."id" desc');
  });
});
