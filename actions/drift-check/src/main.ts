// The entry only chooses what to load: the action, or (this same file run as a worker thread by
// check-drift.ts) the profiling of one input, which needs the drift package and none of the rest, so the
// worker starts sooner.
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";

if (isMainThread) {
  const { runDriftCheck } = await import("./check-drift.ts");
  await runDriftCheck(fileURLToPath(import.meta.url));
} else {
  const { isProfileWorker, runProfileWorker } = await import("@mlops-actions/drift");
  if (isProfileWorker()) await runProfileWorker();
}
