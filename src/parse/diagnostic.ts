/**
 * Diagnostics are made as vfile messages, the kind remark and every unified tool reports, and
 * travel as plain `Diagnostic` records: they cross worker threads and are kept in the parse cache
 * and the build manifest, where an Error (which a vfile message is) would lose its fields. Here,
 * in src/parse/, so that the parse cache's version covers it; every later stage may use it.
 */
import { VFileMessage } from "vfile-message";
import type { Diagnostic, Severity } from "../article.ts";

/** What a check found in a file: where, under which rule, what is wrong and what to do about it. */
export interface Finding {
  line: number;
  /** 1 unless given. */
  column?: number;
  /** A short stable name for the rule, e.g. `missing-title`. */
  rule: string;
  /** What is wrong, e.g. `the seed has no title`. */
  reason: string;
  /** What to do about it, e.g. "start it with a `# Title` line". */
  fix: string;
}

/** The name vfile messages give the tool that made them (remark-lint's say `remark-lint`). */
export const DIAGNOSTIC_SOURCE = "broadsheet";

/** A finding in a seed (`file`: its path relative to the seeds folder) as a vfile message: fatal for an error, the fix as its note. */
export function seedMessage(severity: Severity, file: string, { line, column = 1, rule, reason, fix }: Finding): VFileMessage {
  const message = withoutStack(() => new VFileMessage(reason, { place: { line, column }, ruleId: rule, source: DIAGNOSTIC_SOURCE }));
  message.file = file;
  message.fatal = severity === "error"; // vfile's own convention: true an error, false a warning
  message.note = fix;
  return message;
}

/**
 * The plain record of a vfile message, ours or another unified tool's: `what is wrong: what to
 * do`. A message that is not fatal (a warning, or vfile's "info") is a warning.
 */
export function toDiagnostic(message: VFileMessage): Diagnostic {
  return {
    severity: message.fatal ? "error" : "warning",
    file: message.file ?? "",
    line: message.line ?? 1,
    column: message.column ?? 1,
    rule: message.ruleId ?? message.source ?? "unknown",
    message: message.note ? `${message.reason}: ${message.note}` : message.reason,
  };
}

/** A finding in a seed as the record the build passes around. */
export function diagnostic(severity: Severity, file: string, finding: Finding): Diagnostic {
  return toDiagnostic(seedMessage(severity, file, finding));
}

/**
 * A vfile message is an Error, whose constructor walks the stack; the message then sets `stack`
 * to "" anyway. Not walking it makes a diagnostic several times cheaper.
 */
function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
