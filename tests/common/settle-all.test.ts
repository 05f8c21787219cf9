import { describe, expect, it } from "vitest";
import { settleAll } from "../../src/common/settle-all.ts";

describe("settleAll", () => {
  it("should throw the first failure only once every task has finished", async () => {
    let slowDone = false;
    const slow = new Promise<void>((resolve) => setTimeout(() => ((slowDone = true), resolve()), 30));
    await expect(settleAll([Promise.reject(new Error("first")), slow, Promise.reject(new Error("second"))])).rejects.toThrow("first");
    expect(slowDone).toBe(true);
    await expect(settleAll([Promise.resolve(1), slow])).resolves.toBeUndefined();
  });
});
