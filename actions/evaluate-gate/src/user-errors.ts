import { UserError } from "@mlops-actions/kit";
import { PredictionsError, SourceError } from "@mlops-actions/metrics";

/**
 * Runs `work`; a SourceError or PredictionsError (a problem in a user file) becomes a UserError with its
 * file, line and column.
 */
export function asUserError<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toUserError(error);
  }
}

/** `asUserError` for asynchronous work. */
export async function asUserErrorAsync<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toUserError(error);
  }
}

export function toUserError(error: unknown): unknown {
  if (error instanceof PredictionsError) return new UserError(error.message, error.location ?? {});
  if (!(error instanceof SourceError)) return error;
  const { file, line, column } = error.location;
  // Inline rules come from an input, not a file GitHub could point an annotation at.
  if (file.startsWith("input '")) return new UserError(error.message);
  return new UserError(error.message, {
    file,
    ...(line !== undefined && { line }),
    ...(column !== undefined && { column }),
  });
}
