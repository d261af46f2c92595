import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { isAbsolute, join } from "node:path";
import {
  defaultParallelBytes,
  splitWork,
  ValidationWorker,
  type WorkerWork,
} from "@mlops-actions/data/validate-worker";

/**
 * Starts the worker thread that validates half of a large CSV file, or about half of the columns of a
 * large Parquet file, now, before the inputs and the schema are read, so that its start (a thread,
 * Node, the validation code: ~100 ms) overlaps theirs. A guess from the raw `data` input, checked later
 * as usual: a plain path (no glob) to a file that is large enough, in a format read by bytes or by
 * columns. When the guess is wrong (say, a Parquet schema with row rules) the worker is not used and
 * does not keep the process alive.
 */
export function startWorkerEarly(entry: URL): ValidationWorker | undefined {
  try {
    const work = likelySplit();
    return work ? new ValidationWorker(entry, work) : undefined;
  } catch {
    // Only a guess: the validation proper starts a worker when it needs one, and reports what fails.
    return undefined;
  }
}

function likelySplit(): WorkerWork | undefined {
  const data = process.env.INPUT_DATA?.trim() ?? "";
  if (process.env.INPUT_INFER?.trim().toLowerCase() === "true" || availableParallelism() < 2)
    return undefined;
  if (data === "" || /[\n*?[\]{}()!#~\\]/.test(data)) return undefined;
  const format = process.env.INPUT_FORMAT?.trim() || "auto";
  const work = splitWork(data, format === "auto" ? undefined : format);
  if (!work) return undefined;
  const file = isAbsolute(data) ? data : join(process.env.GITHUB_WORKSPACE ?? process.cwd(), data);
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats?.isFile() === true && stats.size >= defaultParallelBytes(work) ? work : undefined;
}
