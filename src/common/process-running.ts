/**
 * Whether a process id names a process that is still running: this one, or one that answers a
 * signal 0 (or refuses it for lack of permission, which only a live process can do).
 */
export function processIsRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
