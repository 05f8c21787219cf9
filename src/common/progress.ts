/**
 * How long work tells how far it got: a step with a known total, counted up as parts finish.
 * The stages count; the command decides whether and how to show it (src/report/progress-lines.ts).
 */
export interface Progress {
  /** A step of `total` parts, e.g. `step("seeds parsed", 100000)`. */
  step(label: string, total: number): ProgressStep;
}

export interface ProgressStep {
  add(parts: number): void;
  /** The step is over (all parts done, or the build stopped). */
  finish(): void;
}

/** Progress nobody watches. */
export const noProgress: Progress = { step: () => ({ add() {}, finish() {} }) };
