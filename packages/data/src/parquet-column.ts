import { type Data, Type } from "apache-arrow";
import {
  type ArrowDictionary,
  type ArrowTexts,
  arrowDictionary,
  arrowPresence,
  arrowTexts,
} from "./arrow-texts.ts";
import { type ArrowNumbers, arrowCells, arrowNumbers } from "./parquet-cells.ts";
import type { CellValue } from "./value.ts";

/**
 * One column of a range of decoded rows, in the forms a consumer may want, each made once on demand:
 * its cells (what a row holds) or, for a numeric column, its values as doubles. A column checker may
 * read Arrow's buffers instead (texts as bytes, a dictionary, which values are null): views made on
 * each call.
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

  /** The values as UTF-8 bytes, for a text column whose bytes are its cells' texts (see `arrowTexts`). */
  texts(): ArrowTexts | undefined {
    return arrowTexts(this.data);
  }

  /** The dictionary and indices of a dictionary-encoded column, else undefined. */
  dictionary(): ArrowDictionary | undefined {
    return arrowDictionary(this.data);
  }

  /** Which values are present (1) or null (0); undefined when all are. */
  present(): Uint8Array | undefined {
    return arrowPresence(this.data);
  }

  /** False when no cell of the column can be text (numbers, booleans, nulls); true for the others. */
  get mayHoldText(): boolean {
    return mayHoldText(this.data.typeId);
  }
}

/** False for the Arrow types whose cells cannot be text (numbers, booleans, nulls); true for the others. */
export function mayHoldText(typeId: Type): boolean {
  return typeId !== Type.Int && typeId !== Type.Float && typeId !== Type.Bool && typeId !== Type.Null;
}
