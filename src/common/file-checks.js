// Plain JavaScript (type-checked through JSDoc): checks of many files, part of which a second
// thread makes (split-file-checks.ts). It starts without the TypeScript loader, which takes
// longer to load than its part takes to check.
import { existsSync, statSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";

/** The numbers of a file's stats that its stamp is made of (`stampOf`), in this order. */
export const STAMP_FIELDS = 5;

/**
 * Each file's size, modification and change times, inode and device, one after another: numbers
 * in one buffer pass between threads whole, where 100,000 objects would be copied one by one.
 * A file that is not there fails as `statSync` does.
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

/**
 * For each file, 1 when it is not there, else 0.
 * @param {readonly string[]} files
 */
export function missingFlags(files) {
  const flags = new Uint8Array(files.length);
  files.forEach((file, index) => {
    if (!existsSync(file)) flags[index] = 1;
  });
  return flags;
}

/** The checks a second thread can make, by name. */
export const FILE_CHECKS = { statNumbers, missingFlags };

// As a worker thread (started by split-file-checks.ts with a check and its files): answers once, and ends.
if (parentPort && workerData?.fileCheck) {
  const answer = FILE_CHECKS[/** @type {keyof typeof FILE_CHECKS} */ (workerData.fileCheck)](workerData.files);
  parentPort.postMessage(answer, [answer.buffer]);
}
