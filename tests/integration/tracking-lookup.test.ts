import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { GET } from "@/app/api/v1/dossiers/lookup/route";
import { runPublicLookup } from "@/lib/tracking/run-public-lookup";
import { setupAppTestDatabase } from "./test-database";
import { insertDossier, insertUser } from "./tracking-fixtures";

let db: Database;
let address = 0;
setupAppTestDatabase((handle) => (db = handle.db));

afterEach(() => {
  delete process.env.LOOKUP_RATE_LIMIT;
});

/** Each test its own client address, so rate limits of one test do not touch another. */
function lookup(query: Record<string, string>, clientAddress = `10.0.0.${++address}`) {
  const url = `http://localhost/api/v1/dossiers/lookup?${new URLSearchParams(query)}`;
  // The address is the connection's (stamped by the server's preload); a claimed X-Forwarded-For is ignored.
  return GET(new Request(url, { headers: { [SOCKET_ADDRESS_HEADER]: clientAddress, "x-forwarded-for": "203.0.113.9" } }));
}

async function fixture() {
  const user = await insertUser(db);
  const idNumber = user.idNumber ?? "";
  const { dossier } = await insertDossier(db, { userId: user.id, idNumber, status: 5 });
  return { dossier, idNumber };
}

describe("GET /api/v1/dossiers/lookup", () => {
  it("answers status and timeline for the right code and ID number, and nothing personal", async () => {
    const { dossier, idNumber } = await fixture();
    const response = await lookup({ code: ` ${dossier.code.toLowerCase()} `, idNumber });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ code: dossier.code, status: 5, statusName: "Yêu cầu bổ sung giấy tờ", serviceName: dossier.serviceName });
    expect(body.timeline.map((t: { status: number }) => t.status)).toEqual([1, 5]);
    const text = JSON.stringify(body);
    for (const secret of ["Nguyễn Văn A", idNumber, "0905123456", "Tam Kỳ", "Ghi chú", "Cán Bộ", "a@example.vn"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("answers 404 with the same body whether the code or the ID number is wrong", async () => {
    const { dossier, idNumber } = await fixture();
    const other = await fixture();
    const wrongId = await lookup({ code: dossier.code, idNumber: other.idNumber });
    const wrongCode = await lookup({ code: "000.00.00.H47-261120-9998", idNumber });
    const otherCode = await lookup({ code: other.dossier.code, idNumber });
    expect([wrongId.status, wrongCode.status, otherCode.status]).toEqual([404, 404, 404]);
    const bodies = await Promise.all([wrongId.json(), wrongCode.json(), otherCode.json()]);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
  });

  it("answers 400 for malformed input", async () => {
    const queries: Record<string, string>[] = [
      {},
      { code: "abc", idNumber: "001090000001" },
      { code: "000.00.00.H47-261120-0001", idNumber: "<script>" },
      { code: "000.00.00.H47-261120-0001" },
    ];
    for (const query of queries) {
      const response = await lookup(query);
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect((await response.json()).error).toBe("invalid_input");
    }
  });

  it("answers 429 with Retry-After once a client address used its allowance, per address", async () => {
    process.env.LOOKUP_RATE_LIMIT = "3";
    const { dossier, idNumber } = await fixture();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await lookup({ code: dossier.code, idNumber }, "198.51.100.7")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await lookup({ code: dossier.code, idNumber }, "198.51.100.7");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await lookup({ code: dossier.code, idNumber }, "198.51.100.8")).status).toBe(200);
  });
});

describe("runPublicLookup (the /tra-cuu form)", () => {
  it("gives field errors as catalog keys for bad input (the form shows them in the reader's language)", async () => {
    const outcome = await runPublicLookup(db, "192.0.2.1", { code: "", idNumber: "12" });
    expect(outcome).toEqual({
      kind: "invalid",
      fieldErrors: { code: "validation.tracking.codeRequired", idNumber: "validation.tracking.idInvalid" },
    });
  });

  it("names the status and the steps in the reader's language", async () => {
    const { dossier, idNumber } = await fixture();
    const found = await runPublicLookup(db, "192.0.2.2", { code: dossier.code, idNumber }, "en");
    expect(found).toMatchObject({ kind: "found", dossier: { statusName: "More documents requested" } });
  });
});
