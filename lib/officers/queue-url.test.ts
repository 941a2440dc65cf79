import { describe, expect, it } from "vitest";
import { parseQueueParams } from "./parse-queue-params";
import { queueHref } from "./queue-url";

describe("queue URLs", () => {
  it("leaves defaults out and keeps filters", () => {
    expect(queueHref("/quan-tri", { queue: "tiep-nhan", q: "", sort: "han-tang", page: 1 })).toBe("/quan-tri?queue=tiep-nhan");
    expect(queueHref("/quan-tri", { queue: "qua-han", q: "Bình", page: 1 }, { page: 3 })).toBe("/quan-tri?queue=qua-han&q=B%C3%ACnh&page=3");
  });

  it("drops an invalid parameter with a message for it and keeps the rest", () => {
    const { query, errors } = parseQueueParams({ queue: "cho-bo-sung", from: "31/12/2026", q: ["abc", "x"] }, ["chuyen-vien"]);
    expect(errors).toEqual({ from: "Ngày phải có dạng yyyy-mm-dd" });
    expect(query).toMatchObject({ queue: "cho-bo-sung", q: "abc", page: 1 });
    expect(query.from).toBeUndefined();
  });
});
