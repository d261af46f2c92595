import type { SourceLocation } from "../source-error.ts";

/**
 * A problem in a predictions file, or between the two files being paired. The message is one line that
 * names the file; `location`, when known, is where an annotation should point.
 */
export class PredictionsError extends Error {
  override name = "PredictionsError";
  readonly location: SourceLocation | undefined;

  constructor(message: string, location?: SourceLocation) {
    super(message);
    this.location = location;
  }
}
