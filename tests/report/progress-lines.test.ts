import { describe, expect, it } from "vitest";
import { progressLines, progressMode } from "../../src/report/progress-lines.ts";

/** A progress display on a fake clock, with everything it wrote. */
function display(mode: "terminal" | "plain" | "quiet") {
  let time = 0;
  const written: string[] = [];
  const progress = progressLines({ write: (text) => written.push(text), mode, now: () => time });
  return { progress, written, at: (ms: number) => (time = ms) };
}

describe("progressMode", () => {
  it("should redraw on a terminal, print plain lines in CI or a pipe, and nothing with --quiet", () => {
    expect(progressMode(false, { isTTY: true }, {})).toBe("terminal");
    expect(progressMode(false, { isTTY: true }, { CI: "true" })).toBe("plain");
    expect(progressMode(false, { isTTY: false }, {})).toBe("plain");
    expect(progressMode(true, { isTTY: true }, {})).toBe("quiet");
  });
});

describe("progressLines on a terminal", () => {
  it("should redraw one line in place with the count, the rate and the time left", () => {
    const { progress, written, at } = display("terminal");
    const step = progress.step("seeds parsed", 1000);
    at(2000);
    step.add(250);
    expect(written.at(-1)).toBe("\r\x1b[2Kseeds parsed  250 of 1,000 (125 a second, about 6.0 s left)");
  });

  it("should not redraw more than ten times a second", () => {
    const { progress, written, at } = display("terminal");
    const step = progress.step("seeds parsed", 1000);
    at(1000);
    step.add(1);
    const drawn = written.length;
    at(1050);
    step.add(1);
    expect(written).toHaveLength(drawn);
    at(1101);
    step.add(1);
    expect(written).toHaveLength(drawn + 1);
  });

  it("should keep one line per step running at once, moving up to redraw both", () => {
    const { progress, written, at } = display("terminal");
    const pages = progress.step("pages rendered", 200);
    const shards = progress.step("search shards indexed", 4);
    at(1000);
    pages.add(100);
    at(2000);
    shards.add(1);
    expect(written.at(-1)).toBe("\x1b[1A\r\x1b[2Kpages rendered         100 of 200 (50 a second, about 2.0 s left)\n\r\x1b[2Ksearch shards indexed  1 of 4 (0.5 a second, about 6.0 s left)");
  });

  it("should leave each step's last line, with its time, and end the lines when every step is done", () => {
    const { progress, written, at } = display("terminal");
    const step = progress.step("pages rendered", 3);
    at(500);
    step.add(3);
    at(1500);
    step.finish();
    expect(written.slice(-2)).toEqual(["\r\x1b[2Kpages rendered  3 of 3 in 1.5 s", "\n"]);
  });
});

describe("progressLines in CI or a pipe", () => {
  it("should print nothing for a step shorter than five seconds", () => {
    const { progress, written, at } = display("plain");
    const step = progress.step("seeds parsed", 10);
    at(4000);
    step.add(10);
    step.finish();
    expect(written).toEqual([]);
  });

  it("should print at most one line every five seconds, and the end of a step it told of", () => {
    const { progress, written, at } = display("plain");
    const step = progress.step("seeds parsed", 100_000);
    at(5000);
    step.add(10_000);
    at(6000);
    step.add(10_000);
    at(10_000);
    step.add(30_000);
    at(20_000);
    step.add(50_000);
    step.finish();
    expect(written).toEqual([
      "broadsheet: seeds parsed  10,000 of 100,000 (2,000 a second, about 45 s left)\n",
      "broadsheet: seeds parsed  50,000 of 100,000 (5,000 a second, about 10 s left)\n",
      "broadsheet: seeds parsed  100,000 of 100,000 in 20 s\n",
    ]);
  });
});

describe("progressLines with --quiet", () => {
  it("should print nothing at all", () => {
    const { progress, written, at } = display("quiet");
    const step = progress.step("seeds parsed", 10);
    at(60_000);
    step.add(5);
    step.finish();
    expect(written).toEqual([]);
  });
});
