/**
 * A pure function of a string that remembers each answer: for small computations (formatting a
 * date, parsing a URL, slugging a name) asked for again and again within a build, and across the
 * builds of `npm start`. It forgets nothing: the keys are an archive's dates, titles, URLs and
 * outlets, a few per article at most.
 */
export function memoize<T>(compute: (key: string) => T): (key: string) => T {
  return remembering(new Map<string, T>(), compute);
}

/**
 * A pure function of an object that remembers each answer for as long as the object lives: for
 * what is made from data never changed once made (a seed's bytes, an archived article), asked
 * for again within a build and, when the same object comes back, in the next build of `npm start`.
 */
export function memoizeByObject<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  return remembering(new WeakMap<K, T>(), compute);
}

function remembering<K, T>(known: { get(key: K): T | undefined; set(key: K, value: T): unknown }, compute: (key: K) => T): (key: K) => T {
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
