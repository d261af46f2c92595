import type { BatchColumn } from "./batch-column.ts";
import { type FieldBatch, fieldText } from "./byte-csv-scanner.ts";
import type { ByteTexts } from "./byte-texts.ts";
import { type Example, exampleText } from "./check-result.ts";
import type { TypedValue } from "./value.ts";

/**
 * Finds, in a segment read again, where each of `repeated` (values an earlier part of the file had too)
 * first shows up: the examples, in line order, of the duplicates found when segments were merged.
 */
export class RepeatSearch implements BatchColumn {
  private readonly repeated: Set<TypedValue>;
  private readonly count: number;
  private readonly convert: (value: string) => TypedValue | undefined;
  private readonly maxExamples: number;
  private readonly done: (examples: Example[], count: number) => void;
  private readonly examples: Example[] = [];

  constructor(
    repeated: Set<TypedValue>,
    convert: (value: string) => TypedValue | undefined,
    maxExamples: number,
    done: (examples: Example[], count: number) => void,
  ) {
    this.repeated = repeated;
    this.count = repeated.size;
    this.convert = convert;
    this.maxExamples = maxExamples;
    this.done = done;
  }

  acceptBatch(
    batch: FieldBatch,
    rows: Int32Array,
    rowCount: number,
    position: number,
    _nullBytes: ByteTexts | undefined,
    nulls: ReadonlySet<string> | undefined,
    file: string,
  ): void {
    for (let k = 0; k < rowCount && this.examples.length < this.maxExamples; k++) {
      const r = rows[k] as number;
      const text = fieldText(batch, (batch.firstField[r] as number) + position);
      if (text === "" || nulls?.has(text)) continue;
      const typed = this.convert(text);
      if (typed === undefined || !this.repeated.delete(typed)) continue;
      this.examples.push({ value: exampleText(text), file, line: batch.lines[r] as number });
    }
  }

  /** Ends the merge, with the examples' lines shifted as the segment's. */
  finish(): void {
    this.done(this.examples, this.count);
  }
}
