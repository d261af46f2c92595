/** Where in a user's file a problem was found; becomes the annotation's position. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * A mistake the user can fix (a bad input, a bad file). It fails the step with one clear line and
 * never a stack trace. Any other thrown Error is treated as a bug in the action.
 */
export class UserError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, location: ErrorLocation = {}, options?: ErrorOptions) {
    super(message, options);
    this.name = "UserError";
    if (location.file !== undefined) this.file = location.file;
    if (location.line !== undefined) this.line = location.line;
    if (location.column !== undefined) this.column = location.column;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
