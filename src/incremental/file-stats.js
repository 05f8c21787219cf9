// Plain JavaScript (type-checked through JSDoc): a second thread stats part of a large seeds
// folder (stamp-print.ts), and it starts without the TypeScript loader, which takes longer to
// load than its part takes to stat.
import { statSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";

/** The numbers of a file's stats that its stamp is made of (`stampOf`), in this order. */
export const STAMP_FIELDS = 5;

/**
 * Each file's size, modification and change times, inode and device, one after another: numbers
 * in one buffer pass between threads whole, where 100,000 objects would be copied one by one.
 * @param {readonly string[]} files
 */
export function statNumbers(files) {
  const numbers = new Float64Array(files.length * STAMP_FIELDS);
  files.forEach((file, index) => {
    const { size, mtimeMs, ctimeMs, ino, dev } = statSync(file);
    numbers.set([size, mtimeMs, ctimeMs, ino, dev], index * STAMP_FIELDS);
  });
  return numbers;
}

// As a worker thread (started by stamp-print.ts with the files to stat): answers once, and ends.
if (parentPort && workerData?.statFiles) {
  const numbers = statNumbers(workerData.statFiles);
  parentPort.postMessage(numbers, [numbers.buffer]);
}
