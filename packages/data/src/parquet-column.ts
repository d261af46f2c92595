import type { Data } from "apache-arrow";
import { type ArrowNumbers, arrowCells, arrowNumbers } from "./parquet-cells.ts";
import type { CellValue } from "./value.ts";

/**
 * One column of a range of decoded rows, in the forms a consumer may want, each made once on demand:
 * its cells (what a row holds) or, for a numeric column, its values as doubles.
 */
export class ParquetColumn {
  private readonly data: Data;
  private cellValues: CellValue[] | undefined;
  private numberValues: ArrowNumbers | null | undefined;

  constructor(data: Data) {
    this.data = data;
  }

  get length(): number {
    return this.data.length;
  }

  cells(): CellValue[] {
    this.cellValues ??= arrowCells(this.data);
    return this.cellValues;
  }

  /** The values as doubles when the column is of an integer or floating-point type, else undefined. */
  numbers(): ArrowNumbers | undefined {
    if (this.numberValues === undefined) this.numberValues = arrowNumbers(this.data) ?? null;
    return this.numberValues ?? undefined;
  }
}
