import { isMainThread } from "node:worker_threads";
import { startWorkerEarly } from "./early-worker.ts";

// A large CSV file is validated on two threads, and the bundle has one entry: a worker thread runs this
// same script. The worker is started first thing (see early-worker.ts); both sides then load what they
// need on demand, so the worker compiles only the validation code, not the whole action (ncc puts each
// dynamic import in its own chunk).
if (isMainThread) {
  const entry = new URL(import.meta.url);
  const worker = startWorkerEarly(entry);
  await (await import("./action.ts")).runAction(entry, worker);
} else await (await import("@mlops-actions/data/validate-worker")).serveValidationWorker();
