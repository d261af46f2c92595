/** A problem with what the user gave (a file, a column name, an option): one line, no stack. */
export class DriftInputError extends Error {
  override name = "DriftInputError";
}
