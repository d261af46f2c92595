import { SourceError } from "@mlops-actions/data";
import { UserError } from "@mlops-actions/kit";

/** A SourceError (a mistake in the schema file) becomes a UserError pointing at its file, line and column. */
export function toUserError(error: unknown): unknown {
  if (!(error instanceof SourceError)) return error;
  const { file, line, column } = error.location;
  return new UserError(error.message, {
    file,
    ...(line !== undefined && { line }),
    ...(column !== undefined && { column }),
  });
}
