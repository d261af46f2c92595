import type { ArrowDictionary, ArrowTexts } from "./arrow-texts.ts";
import type { ArrowNumbers } from "./parquet-cells.ts";
import type { DecodedColumn } from "./parquet-column.ts";
import type { FlatValues } from "./parquet-flat-chunk.ts";
import type { CellValue } from "./value.ts";

/**
 * A range of a flat chunk read from its pages (`decodeFlatChunk`): numbers as doubles or texts as UTF-8,
 * with the cells the decoder's column gives of them (numbers, texts; null where a value is missing).
 */
export class FlatColumn implements DecodedColumn {
  private readonly values: FlatValues;
  private cellValues: CellValue[] | undefined;

  constructor(values: FlatValues) {
    this.values = values;
  }

  get length(): number {
    const { values } = this;
    return "numbers" in values ? values.numbers.values.length : values.texts.starts.length;
  }

  cells(): CellValue[] {
    this.cellValues ??= this.makeCells();
    return this.cellValues;
  }

  numbers(): ArrowNumbers | undefined {
    return "numbers" in this.values ? this.values.numbers : undefined;
  }

  texts(): ArrowTexts | undefined {
    return "texts" in this.values ? this.values.texts : undefined;
  }

  dictionary(): ArrowDictionary | undefined {
    return undefined;
  }

  present(): Uint8Array | undefined {
    const { values } = this;
    return "numbers" in values ? values.numbers.present : values.texts.present;
  }

  get mayHoldText(): boolean {
    return !("numbers" in this.values);
  }

  private makeCells(): CellValue[] {
    const present = this.present();
    const cells = new Array<CellValue>(this.length);
    if ("numbers" in this.values) {
      const { values } = this.values.numbers;
      for (let k = 0; k < cells.length; k++) cells[k] = present?.[k] === 0 ? null : (values[k] as number);
      return cells;
    }
    const { bytes, starts, ends } = this.values.texts;
    for (let k = 0; k < cells.length; k++)
      cells[k] = present?.[k] === 0 ? null : bytes.toString("utf8", starts[k], ends[k]);
    return cells;
  }
}
