/**
 * Runs rebuilds one at a time: changes that arrive during a rebuild are gathered into one more
 * rebuild after it, and a burst of changes (an editor saving, a folder copied in) waits for
 * `quietMs` of calm before it starts one.
 */
export interface RebuildQueue {
  /** Asks for a rebuild soon. */
  schedule(): void;
  /** Asks for a rebuild now, and resolves once no rebuild is running or waiting. */
  runNow(): Promise<void>;
}

/** A rebuild that throws must not end npm start (Node ends the process on an unhandled rejection): its error goes to `onError`. */
export function createRebuildQueue(rebuild: () => Promise<void>, quietMs = 30, onError: (error: unknown) => void = reportError): RebuildQueue {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = false;

  const start = (): void => {
    if (running) {
      pending = true;
      return;
    }
    pending = false;
    running = rebuild()
      .catch(onError)
      .finally(() => {
        running = undefined;
        if (pending) start();
      });
  };
  const settled = async (): Promise<void> => {
    while (running) await running.catch(() => undefined);
  };

  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(start, quietMs);
    },
    async runNow() {
      clearTimeout(timer);
      start();
      await settled();
    },
  };
}

function reportError(error: unknown): void {
  console.error(`broadsheet: the rebuild failed: ${error instanceof Error ? error.stack : String(error)}\nSave a seed to try again, or restart npm start.`);
}
