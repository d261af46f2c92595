import { isMainThread } from "node:worker_threads";

// A large CSV file is validated on two threads, and the bundle has one entry: a worker thread runs this
// same script. Both sides are loaded on demand, so the worker compiles only the validation code, not the
// whole action (ncc puts each dynamic import in its own chunk).
if (isMainThread) await (await import("./action.ts")).runAction(new URL(import.meta.url));
else (await import("@mlops-actions/data/validate-worker")).serveValidationWorker();
