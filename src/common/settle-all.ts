/**
 * Waits for every task, then throws the first failure: unlike `Promise.all`, nothing is still
 * writing into a folder when the caller hears of a failure and removes it.
 */
export async function settleAll(tasks: Iterable<Promise<unknown>>): Promise<void> {
  for (const outcome of await Promise.allSettled(tasks)) if (outcome.status === "rejected") throw outcome.reason;
}
