import type { Finding } from "./diagnostic.ts";

/** Turns a seed file's bytes into text, or says why they are not a seed's text. */
export type DecodedSeed = { ok: true; text: string } | ({ ok: false } & Finding);

const decoder = new TextDecoder("utf-8", { fatal: true });

export function decodeSeed(bytes: Uint8Array): DecodedSeed {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      line: lineAt(bytes, nul),
      rule: "binary",
      reason: "the file holds binary data (a NUL byte), not text",
      fix: "a seed must be a UTF-8 text file; remove it from the seeds folder",
    };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, line: lineAt(bytes, offset), rule: "not-utf8", reason: `the file is not valid UTF-8 (byte ${offset})`, fix: "save it as UTF-8" };
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Roughly where UTF-8 breaks: the first byte that does not start a well-formed sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}
