/**
 * A problem the user can fix (a bad input value, a missing file, a failing command). The action turns it
 * into one error line without a stack trace; anything else thrown is a bug.
 */
export class TrainError extends Error {
  readonly file?: string;

  constructor(message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TrainError";
    if (options.file !== undefined) this.file = options.file;
  }
}
