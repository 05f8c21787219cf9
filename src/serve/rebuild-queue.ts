/**
 * Runs rebuilds one at a time: changes that arrive during a rebuild are gathered into one more
 * rebuild after it, and a burst of changes (an editor saving, a folder copied in) waits for
 * `quietMs` of calm before it starts one.
 */
export function createRebuildQueue(rebuild: () => Promise<void>, quietMs = 50): { schedule(): void; idle(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = false;

  const run = async (): Promise<void> => {
    pending = false;
    try {
      await rebuild();
    } finally {
      running = undefined;
      if (pending) start();
    }
  };
  const start = () => {
    running = run();
  };

  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (running) pending = true;
        else start();
      }, quietMs);
    },
    async idle() {
      while (running) await running;
    },
  };
}
