// Profiles of several inputs at once, one thread each (the reference and the current data on two cores).
// A worker runs a script that calls `runProfileWorker()` when `isProfileWorker()`: for a bundled action,
// the bundle itself, so no second entry file is needed. A worker profiles its files exactly as this thread
// would, sorts the exact numbers the tests need, and sends the profile back with its typed arrays
// transferred, not copied: the results are the same as profiling here, bit for bit.
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { isMainThread, type MessagePort, parentPort, Worker, workerData } from "node:worker_threads";
import { DEFAULT_LIMITS, type ProfileLimits } from "./column-profile.ts";
import { DatasetProfile, type DatasetProfileTransfer } from "./dataset-profile.ts";
import { DriftInputError } from "./errors.ts";
import { loadProfileOrData } from "./profile-files.ts";

const WORKER_TAG = "mlops-actions/drift-profile-worker";

export interface LoadedProfile {
  profile: DatasetProfile;
  fromProfile: boolean;
}

export interface ThreadOptions {
  /** A script that runs `runProfileWorker()` in a worker; without it every input is profiled here. */
  workerScript?: string;
  limits?: ProfileLimits;
  /** Inputs smaller than this many bytes (files together) are loaded here: a thread would cost more. */
  minBytes?: number;
}

/** 4 MiB: about 60 000 rows of 10 columns, a few tenths of a second to profile. */
const DEFAULT_MIN_BYTES = 4 * 2 ** 20;

interface WorkerRequest {
  tag: typeof WORKER_TAG;
  files: string[];
  limits: ProfileLimits;
}

type WorkerReply =
  | { ok: true; profile: DatasetProfileTransfer; fromProfile: boolean }
  | { ok: false; message: string; inputError: boolean };

/** Whether this thread is a profiling worker started by `loadProfilesInThreads`. */
export function isProfileWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerRequest> | null)?.tag === WORKER_TAG;
}

/** A worker's whole job: profile its files (or load its saved profiles) and send the profile back. */
export async function runProfileWorker(): Promise<void> {
  const request = workerData as WorkerRequest;
  const port = parentPort as MessagePort;
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const loaded = await loadProfileOrData(request.files, request.limits);
    const sent = loaded.profile.toTransfer(true);
    reply = { ok: true, profile: sent.message, fromProfile: loaded.fromProfile };
    transfer = sent.transfer;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply = { ok: false, message, inputError: error instanceof DriftInputError };
  }
  port.postMessage(reply, transfer);
}

/**
 * Loads each input (data files or saved profiles, as `loadProfileOrData`), as many at once as there are
 * cores: the first here, the others (those of at least `minBytes`) in workers running `workerScript`.
 * Same results, in the order given.
 */
export async function loadProfilesInThreads(
  inputs: readonly (readonly string[])[],
  options: ThreadOptions = {},
): Promise<LoadedProfile[]> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const script = options.workerScript;
  const minBytes = options.minBytes ?? DEFAULT_MIN_BYTES;
  const sizes = script ? await Promise.all(inputs.map(totalBytes)) : [];
  // The first input stays here; the next ones, when large enough, go to a thread each while cores last.
  const threaded = new Set<number>();
  for (let index = 1; index < inputs.length && script; index++) {
    if (threaded.size + 1 < availableParallelism() && (sizes[index] as number) >= minBytes)
      threaded.add(index);
  }
  const workers: Worker[] = [];
  try {
    return await Promise.all(
      inputs.map((files, index) =>
        script && threaded.has(index)
          ? inWorker(script, files, limits, workers)
          : loadHere(files, limits, threaded.size > 0),
      ),
    );
  } catch (error) {
    // One input failed: the others' threads would only keep the process alive.
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  }
}

/** The files' size together; a file that cannot be read counts 0 (loading it here says why). */
async function totalBytes(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

async function loadHere(
  files: readonly string[],
  limits: ProfileLimits,
  sortNow: boolean,
): Promise<LoadedProfile> {
  const loaded = await loadProfileOrData(files, limits);
  // While a worker sorts its numbers, this thread sorts its own rather than leave them for later.
  if (sortNow) for (const column of loaded.profile.columns.values()) column.computeDerived();
  return loaded;
}

function inWorker(
  script: string,
  files: readonly string[],
  limits: ProfileLimits,
  started: Worker[],
): Promise<LoadedProfile> {
  const request: WorkerRequest = { tag: WORKER_TAG, files: [...files], limits };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: request });
    started.push(worker);
    worker.once("message", (reply: WorkerReply) => {
      if (reply.ok)
        resolve({ profile: DatasetProfile.fromTransfer(reply.profile), fromProfile: reply.fromProfile });
      else reject(reply.inputError ? new DriftInputError(reply.message) : new Error(reply.message));
    });
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(
        new Error(`the profiling thread for ${files.join(", ")} ended (exit code ${code}) without a profile`),
      ),
    );
  });
}
