import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { processIsRunning } from "../../src/common/process-running.ts";

describe("processIsRunning", () => {
  it("should know this process and its parent, and no process that ended or id that is none", () => {
    expect(processIsRunning(process.pid)).toBe(true);
    expect(processIsRunning(process.ppid)).toBe(true);
    const ended = spawnSync(process.execPath, ["-e", ""]).pid!;
    expect(processIsRunning(ended)).toBe(false);
    for (const id of [0, -1, Number.NaN, 1.5]) expect(processIsRunning(id)).toBe(false);
  });
});
