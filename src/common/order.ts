/** A total, locale-free order on strings (UTF-16 code units): the same on every machine. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
