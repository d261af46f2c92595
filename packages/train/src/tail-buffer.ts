/** Keeps the last lines of a stream (a command's stderr) for the failure annotation. */
export class TailBuffer {
  readonly #maxLines: number;
  readonly #maxLineLength: number;
  #lines: string[] = [];
  #partial = "";

  constructor(maxLines = 20, maxLineLength = 500) {
    this.#maxLines = maxLines;
    this.#maxLineLength = maxLineLength;
  }

  push(chunk: string): void {
    const parts = (this.#partial + chunk).split(/\r?\n/);
    this.#partial = parts.pop() ?? "";
    for (const line of parts) this.#add(line);
    // A line that never ends must not grow without bound.
    if (this.#partial.length > this.#maxLineLength * 4) {
      this.#add(this.#partial);
      this.#partial = "";
    }
  }

  lines(): string[] {
    const all = this.#partial === "" ? this.#lines : [...this.#lines, this.#partial];
    return all.filter((line) => line.trim() !== "").slice(-this.#maxLines);
  }

  #add(line: string): void {
    this.#lines.push(line.length > this.#maxLineLength ? `${line.slice(0, this.#maxLineLength)}…` : line);
    if (this.#lines.length > this.#maxLines * 2) this.#lines = this.#lines.slice(-this.#maxLines);
  }
}
