import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { isAbsolute, join } from "node:path";
import { DEFAULT_PARALLEL_BYTES, ValidationWorker } from "@mlops-actions/data/validate-worker";

/**
 * Starts the worker thread that validates half of a large CSV file now, before the inputs and the
 * schema are read, so that its start (a thread, Node, the validation code: ~100 ms) overlaps theirs.
 * A guess from the raw `data` input, checked later as usual: a plain path (no glob) to a file that is
 * large enough, and not in a format read by rows. When the guess is wrong the worker is not used and
 * does not keep the process alive.
 */
export function startWorkerEarly(entry: URL): ValidationWorker | undefined {
  try {
    return likelySplit() ? new ValidationWorker(entry) : undefined;
  } catch {
    // Only a guess: the validation proper starts a worker when it needs one, and reports what fails.
    return undefined;
  }
}

function likelySplit(): boolean {
  const data = process.env.INPUT_DATA?.trim() ?? "";
  if (process.env.INPUT_INFER?.trim().toLowerCase() === "true" || availableParallelism() < 2) return false;
  const format = process.env.INPUT_FORMAT?.trim() || "auto";
  if (!["auto", "csv", "tsv"].includes(format) || data === "" || /[\n*?[\]{}()!#~\\]/.test(data))
    return false;
  if (format === "auto" && /\.(gz|jsonl|ndjson|json|parquet|pq)$/i.test(data)) return false;
  const file = isAbsolute(data) ? data : join(process.env.GITHUB_WORKSPACE ?? process.cwd(), data);
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats?.isFile() === true && stats.size >= DEFAULT_PARALLEL_BYTES;
}
