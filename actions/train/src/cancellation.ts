/**
 * The runner cancels a step by sending SIGINT, then SIGTERM, then killing it. Either signal aborts the
 * training command (its process tree gets TERM, then KILL) instead of ending this process at once, so
 * the step can still say what happened.
 */
export function abortOnSignals(): AbortSignal {
  const controller = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      process.stdout.write(`Received ${signal}: stopping the training command.\n`);
      controller.abort(signal);
    });
  }
  return controller.signal;
}
