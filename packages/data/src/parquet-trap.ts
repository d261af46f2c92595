/** The error a WebAssembly trap throws (the TypeScript libraries in use do not declare `WebAssembly`). */
const WasmRuntimeError = (globalThis as unknown as { WebAssembly: { RuntimeError: ErrorConstructor } })
  .WebAssembly.RuntimeError;

/** The rejections of the calls into parquet-wasm now pending. */
const pendingRejections = new Set<(error: Error) => void>();
/** Whether `onUncaught` is the process's uncaught exception capture callback. */
let capturing = false;

/**
 * `pending` (a call into parquet-wasm's async reader), rejected when the decoder traps. On corrupt data
 * (a bad page header, a bad compressed block) parquet-wasm 0.8's async reader panics instead of returning
 * an error: the panic is a `WebAssembly.RuntimeError` thrown from a microtask, an uncaught exception that
 * would end the process, and `pending` never settles. While calls are pending, uncaught exceptions are
 * captured: a trap rejects them; anything else is thrown again on the next tick, as it would have been.
 * The module stays usable after a trap (the next files read fine), so a corrupt file is a finding.
 */
export function untilTrap<T>(pending: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (!capturing) {
      if (process.hasUncaughtExceptionCaptureCallback()) {
        // Someone else captures uncaught exceptions: a trap cannot be told apart, await as is.
        pending.then(resolve, reject);
        return;
      }
      process.setUncaughtExceptionCaptureCallback(onUncaught);
      capturing = true;
    }
    const settle = (done: () => void) => {
      pendingRejections.delete(rejectOnTrap);
      if (pendingRejections.size === 0) stopCapturing();
      done();
    };
    const rejectOnTrap = (error: Error) => settle(() => reject(error));
    pendingRejections.add(rejectOnTrap);
    pending.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

function onUncaught(error: unknown): void {
  const rejections = [...pendingRejections];
  if (!(error instanceof WasmRuntimeError)) {
    pendingRejections.clear();
    stopCapturing();
    for (const reject of rejections) reject(new Error("the Parquet read was stopped by another error"));
    process.nextTick(() => {
      throw error;
    });
    return;
  }
  const failure = new Error(`the Parquet decoder failed (${error.message}): the file is corrupt`);
  for (const reject of rejections) reject(failure);
}

function stopCapturing(): void {
  if (!capturing) return;
  process.setUncaughtExceptionCaptureCallback(null);
  capturing = false;
}
