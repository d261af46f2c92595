/** V8 makes a slice of 13 characters or more a view of the text it was cut from. */
const SHORTEST_VIEW = 13;

/**
 * A copy of `text` that holds no larger text in memory. The CSV reader's fields are slices of a whole
 * decoded chunk (hundreds of KiB), cheap while rows stream by; a value kept for the whole run (in a
 * set of distinct values) would keep its chunk alive with it, and memory would grow with the file.
 * UTF-16 round trip: lossless, lone surrogates included.
 */
export function detachedText(text: string): string {
  return text.length < SHORTEST_VIEW ? text : Buffer.from(text, "utf16le").toString("utf16le");
}
