import { type Data, Type } from "apache-arrow";
import {
  type ArrowDictionary,
  type ArrowTexts,
  arrowDictionary,
  arrowPresence,
  arrowTexts,
} from "./arrow-texts.ts";
import { type ArrowNumbers, arrowCells, arrowNumbers } from "./parquet-cells.ts";
import type { RangeLease } from "./range-buffers.ts";
import type { CellValue } from "./value.ts";

/**
 * One column of a range of rows, in the forms a column checker may take (see `acceptParquetColumn`): its
 * cells (what a row holds), its values as doubles (a number column), as UTF-8 bytes (a text column), as
 * a dictionary and indices, or which values are null.
 */
export interface DecodedColumn {
  readonly length: number;
  cells(): CellValue[];
  /** The values as doubles when the column is of an integer or floating-point type, else undefined. */
  numbers(): ArrowNumbers | undefined;
  /** The values as UTF-8 bytes, for a text column whose bytes are its cells' texts (see `arrowTexts`). */
  texts(): ArrowTexts | undefined;
  /** The dictionary and indices of a dictionary-encoded column, else undefined. */
  dictionary(): ArrowDictionary | undefined;
  /** Which values are present (1) or null (0); undefined when all are. */
  present(): Uint8Array | undefined;
  /** False when no cell of the column can be text (numbers, booleans, nulls); true for the others. */
  readonly mayHoldText: boolean;
}

/**
 * One column of a range of rows decoded by parquet-wasm, in the forms a consumer may want, each made once on demand:
 * its cells (what a row holds) or, for a numeric column, its values as doubles. A column checker may
 * read Arrow's buffers instead (texts as bytes, a dictionary, which values are null): views made on
 * each call. With a `lease`, the column's memory goes to a later range when the lease ends: the arrays
 * it gave are then read no more, and the column throws if asked for any but the cells it made before.
 */
export class ParquetColumn implements DecodedColumn {
  private readonly data: Data;
  private readonly lease: RangeLease | undefined;
  private cellValues: CellValue[] | undefined;
  private numberValues: ArrowNumbers | null | undefined;

  constructor(data: Data, lease?: RangeLease) {
    this.data = data;
    this.lease = lease;
  }

  get length(): number {
    return this.data.length;
  }

  cells(): CellValue[] {
    this.cellValues ??= arrowCells(this.held());
    return this.cellValues;
  }

  /** The values as doubles when the column is of an integer or floating-point type, else undefined. */
  numbers(): ArrowNumbers | undefined {
    const data = this.held();
    if (this.numberValues === undefined) this.numberValues = arrowNumbers(data) ?? null;
    return this.numberValues ?? undefined;
  }

  /** The values as UTF-8 bytes, for a text column whose bytes are its cells' texts (see `arrowTexts`). */
  texts(): ArrowTexts | undefined {
    return arrowTexts(this.held());
  }

  /** The dictionary and indices of a dictionary-encoded column, else undefined. */
  dictionary(): ArrowDictionary | undefined {
    return arrowDictionary(this.held());
  }

  /** Which values are present (1) or null (0); undefined when all are. */
  present(): Uint8Array | undefined {
    return arrowPresence(this.held());
  }

  private held(): Data {
    if (this.lease?.current === false) {
      throw new Error("a decoded range's columns are read before the next range is decoded");
    }
    return this.data;
  }

  /** False when no cell of the column can be text (numbers, booleans, nulls); true for the others. */
  get mayHoldText(): boolean {
    return mayHoldText(this.data.typeId);
  }
}

/** False for the Arrow types whose cells cannot be text (numbers, booleans, nulls); true for the others. */
function mayHoldText(typeId: Type): boolean {
  return typeId !== Type.Int && typeId !== Type.Float && typeId !== Type.Bool && typeId !== Type.Null;
}
