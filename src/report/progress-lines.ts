import type { Progress, ProgressStep } from "../common/progress.ts";

export type ProgressMode = "terminal" | "plain" | "quiet";

export interface ProgressOptions {
  /** Where the lines go; a build's report goes to stdout, so this is stderr. */
  write: (text: string) => void;
  mode: ProgressMode;
  now?: () => number;
  /** Plain mode: at most one line this often, and none for a step shorter than this. */
  plainEveryMs?: number;
}

/** A terminal redraws often enough to look live without spending the build's time on it. */
const REDRAW_EVERY_MS = 100;
export const PLAIN_EVERY_MS = 5000;

/** `--quiet` shows nothing; a terminal gets one line per step, redrawn in place; CI or a pipe a plain line now and then. */
export function progressMode(quiet: boolean, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): ProgressMode {
  if (quiet) return "quiet";
  return stream.isTTY && !env.CI ? "terminal" : "plain";
}

interface Step {
  label: string;
  total: number;
  done: number;
  started: number;
  finished: number | null;
  /** Plain mode: whether a line told of this step, so its end is told too. */
  told: boolean;
}

/** Progress shown as lines of text: `seeds parsed  41,200 of 100,000 (3,120 a second, about 19 s left)`. */
export function progressLines({ write, mode, now = () => performance.now(), plainEveryMs = PLAIN_EVERY_MS }: ProgressOptions): Progress {
  const steps: Step[] = [];
  let drawnLines = 0;
  let lastDraw = -Infinity;

  const redraw = (force: boolean) => {
    const time = now();
    if (!force && time - lastDraw < REDRAW_EVERY_MS) return;
    lastDraw = time;
    const width = Math.max(...steps.map((step) => step.label.length));
    // Up to the first line drawn, then each line cleared and written again.
    const up = drawnLines > 1 ? `\x1b[${drawnLines - 1}A` : "";
    write(up + steps.map((step) => `\r\x1b[2K${describe(step, time, width)}`).join("\n"));
    drawnLines = steps.length;
    if (steps.every((step) => step.finished !== null)) {
      write("\n");
      steps.length = drawnLines = 0;
    }
  };

  let lastPlain = now();
  const tellPlain = (step: Step, force: boolean) => {
    const time = now();
    // A step that just completed is told once, by its finish.
    if (!force && (step.done === step.total || time - step.started < plainEveryMs || time - lastPlain < plainEveryMs)) return;
    lastPlain = time;
    step.told = true;
    write(`broadsheet: ${describe(step, time, 0)}\n`);
  };

  const step = (label: string, total: number): ProgressStep => {
    if (mode === "quiet" || total <= 0) return { add() {}, finish() {} };
    const state: Step = { label, total, done: 0, started: now(), finished: null, told: false };
    if (mode === "terminal") steps.push(state);
    return {
      add(parts) {
        if (state.finished !== null) return;
        state.done = Math.min(state.total, state.done + parts);
        if (mode === "terminal") redraw(false);
        else tellPlain(state, false);
      },
      finish() {
        if (state.finished !== null) return;
        state.finished = now();
        if (mode === "terminal") redraw(true);
        else if (state.told) tellPlain(state, true);
      },
    };
  };
  return { step };
}

function describe(step: Step, time: number, width: number): string {
  const head = `${step.label.padEnd(width)}  ${count(step.done)} of ${count(step.total)}`;
  if (step.finished !== null) return `${head} in ${duration(step.finished - step.started)}`;
  const seconds = (time - step.started) / 1000;
  if (step.done === 0 || seconds <= 0) return head;
  const rate = step.done / seconds;
  const left = ((step.total - step.done) / rate) * 1000;
  return `${head} (${rate < 10 ? rate.toFixed(1) : count(Math.round(rate))} a second, ${left < 1000 ? "less than a second" : `about ${duration(left)}`} left)`;
}

const count = (value: number) => value.toLocaleString("en-US");

function duration(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}
