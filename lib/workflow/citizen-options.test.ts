import { describe, expect, it } from "vitest";
import { citizenOptions, mayRate } from "./citizen-options";
import { STATUS } from "./statuses";

// Written by hand from docs/domain.md#citizen-actions, independently of the status machine's table.
const EXPECTED: Record<number, { actions: string[]; pay: boolean; rate: boolean }> = {
  [STATUS.NEW]: { actions: ["withdraw"], pay: false, rate: false },
  [STATUS.RECEIVED]: { actions: ["request-withdrawal"], pay: false, rate: false },
  [STATUS.REFUSED]: { actions: [], pay: false, rate: false },
  [STATUS.PROCESSING]: { actions: ["request-withdrawal"], pay: false, rate: false },
  [STATUS.SUPPLEMENT_REQUESTED]: { actions: ["supplement", "request-withdrawal"], pay: false, rate: false },
  [STATUS.PAYMENT_REQUESTED]: { actions: ["request-withdrawal"], pay: true, rate: false },
  [STATUS.WITHDRAWN]: { actions: [], pay: false, rate: false },
  [STATUS.STOPPED]: { actions: [], pay: false, rate: false },
  [STATUS.PROCESSED]: { actions: [], pay: false, rate: false },
  [STATUS.RETURNED]: { actions: [], pay: false, rate: true },
};

describe("the citizen's options on their dossier", () => {
  it.each(Object.entries(EXPECTED))("status %s offers exactly the expected actions", (status, expected) => {
    const options = citizenOptions({ status: Number(status), withdrawalRequested: false, rated: false });
    expect({ ...options, actions: [...options.actions].sort() }).toEqual({ ...expected, actions: [...expected.actions].sort() });
  });

  it("offers no second withdrawal request once one was sent", () => {
    expect(citizenOptions({ status: STATUS.PROCESSING, withdrawalRequested: true, rated: false }).actions).toEqual([]);
    expect(citizenOptions({ status: STATUS.SUPPLEMENT_REQUESTED, withdrawalRequested: true, rated: false }).actions).toEqual(["supplement"]);
  });

  it("offers rating once, only after the result was returned", () => {
    expect(citizenOptions({ status: STATUS.RETURNED, withdrawalRequested: false, rated: true }).rate).toBe(false);
    expect(mayRate(STATUS.RETURNED)).toBe(true);
    expect(mayRate(STATUS.PROCESSED)).toBe(false);
  });
});
