import { annotate } from "./annotations.ts";
import { isUserError } from "./errors.ts";
import { debug, info, isDebug } from "./workflow-commands.ts";

/**
 * Runs an action's main function. A UserError fails the step with exactly one `::error::` line
 * (pointing at its file and line when known) and no stack; anything else is reported as an internal
 * error, with its stack only in debug mode (RUNNER_DEBUG=1). Failure sets process.exitCode = 1 and
 * lets Node exit on its own, so stdout is flushed.
 */
export async function run(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    process.exitCode = 1;
    report(error, "error");
  }
}

/**
 * For `post:` steps (cleanup): a failure there is reported as a warning and does not fail the job,
 * because the step's real work already succeeded or failed on its own.
 */
export async function runPost(post: () => Promise<void>): Promise<void> {
  try {
    await post();
  } catch (error) {
    report(error, "warning");
  }
}

function report(error: unknown, level: "error" | "warning"): void {
  if (isUserError(error)) {
    annotate({
      level,
      message: error.message,
      ...(error.file !== undefined && { file: error.file }),
      ...(error.line !== undefined && { line: error.line }),
      ...(error.column !== undefined && { column: error.column }),
    });
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  annotate({
    level,
    message: `Internal error in mlops-actions (a bug, please report it): ${message}`,
  });
  if (isDebug()) {
    const stack = error instanceof Error && error.stack ? error.stack : String(error);
    for (const line of stack.split("\n")) debug(line);
  } else {
    info("Re-run with debug logging enabled (RUNNER_DEBUG=1) to see the stack trace.");
  }
}
