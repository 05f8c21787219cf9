/**
 * A pure function of a string that remembers each answer: for small computations (formatting a
 * date, parsing a URL, slugging a name) asked for again and again within a build. Its answers
 * are the function's, so remembering them across the builds of one process changes nothing but
 * time. It forgets nothing: the keys are an archive's dates, titles, URLs and outlets, a few per
 * article at most.
 */
export function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
