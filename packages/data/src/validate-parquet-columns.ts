import type { FileMetaData } from "hyparquet";
import type { ArrowDictionary } from "./arrow-texts.ts";
import { acceptCells, acceptDictionaryCells } from "./batch-arrow-cells.ts";
import { acceptArrowTexts, acceptPresence } from "./batch-arrow-texts.ts";
import { acceptDoubles } from "./batch-doubles.ts";
import type { ByteTexts } from "./byte-texts.ts";
import type { ColumnValidator } from "./column-validator.ts";
import type { ParquetColumnInfo } from "./parquet-chunk-plan.ts";
import type { DecodedColumn } from "./parquet-column.ts";
import { checksOnlyNulls, keepsNothing, takesDictionary } from "./parquet-column-split.ts";
import { type ParquetColumnsEvent, readParquetColumns } from "./read-parquet.ts";
import type { FileOutcome } from "./reader-types.ts";

/** What `validateParquetColumns` tells: the file's header and problems, and each range of rows checked. */
export type ParquetCheckEvent =
  | Exclude<ParquetColumnsEvent, { kind: "columns" | "column" }>
  | { kind: "checked"; file: string; rows: number };

/**
 * Validates a Parquet file column by column, without building rows: each decoded range of each schema
 * column (only those are decoded) goes to its validator, numbers as doubles, texts as their bytes, a
 * dictionary's entries checked once each. The same counts, examples and statistics as the rows of
 * `readParquet` through `ColumnValidator.acceptColumn`; only for a schema without row rules (compound
 * keys, duplicate rows, column comparisons need whole rows). `nulls`/`nullBytes`: the texts that mean
 * a missing value, undefined when there are none. A column whose checks need no more than its null count
 * is not decoded where the file's metadata tells that count exactly (see `countsNullsOnly`). `metadata`:
 * the file's footer when the caller has read it already.
 */
export async function* validateParquetColumns(
  file: string,
  validators: readonly ColumnValidator[],
  nulls: ReadonlySet<string> | undefined,
  nullBytes: ByteTexts | undefined,
  metadata?: FileMetaData,
): AsyncGenerator<ParquetCheckEvent> {
  const names = validators.map((validator) => validator.spec.name);
  let positions: number[] = [];
  const countsNulls = (column: ParquetColumnInfo): boolean =>
    validators.every(
      (validator) => validator.spec.name !== column.name || countsNullsOnly(validator, column, nulls),
    );
  const takesDictionaryOf = (name: string, numeric: boolean): boolean =>
    validators.every((validator) => validator.spec.name !== name || takesDictionary(validator, numeric));
  const columns = [...new Set(names)];
  for await (const event of readParquetColumns(file, {
    columns,
    countsNulls,
    takesDictionary: takesDictionaryOf,
    readsPages: true,
    byColumn: true,
    ...(metadata && { metadata }),
  })) {
    if (event.kind === "header") positions = names.map((name) => event.columns.indexOf(name));
    if (event.kind === "column") {
      const { dictionary, column, rows, line } = event;
      validators.forEach((validator, i) => {
        if (positions[i] === event.position)
          acceptRange(validator, dictionary, column, rows, line, nulls, nullBytes, file);
      });
      continue;
    }
    if (event.kind !== "columns") {
      yield event;
      continue;
    }
    validators.forEach((validator, i) => {
      const position = positions[i] ?? -1;
      if (position < 0 || event.given.has(position)) return;
      const counted = event.nullCounts.get(position);
      if (counted !== undefined) {
        // None or all of the values are null.
        const present = counted === 0 ? undefined : new Uint8Array(event.rows);
        acceptPresence(validator, present, event.rows, event.line, file);
        return;
      }
      const dictionary = event.dictionaries.get(position);
      const column = event.columns[position];
      acceptRange(validator, dictionary, column, event.rows, event.line, nulls, nullBytes, file);
    });
    yield { kind: "checked", file, rows: event.rows };
  }
}

/** A range of a column, read as its dictionary or as its values, to `validator`. */
function acceptRange(
  validator: ColumnValidator,
  dictionary: ArrowDictionary | undefined,
  column: DecodedColumn | undefined,
  rows: number,
  line: number,
  nulls: ReadonlySet<string> | undefined,
  nullBytes: ByteTexts | undefined,
  file: string,
): void {
  if (dictionary) acceptDictionaryCells(validator, dictionary, rows, line, nulls, file);
  else acceptParquetColumn(validator, column, rows, line, nulls, nullBytes, file);
}

/**
 * Takes `rows` values of a decoded column (undefined: not read, all null), the first on row `line`, by
 * the cheapest loop that gives the row path's outcome for the column's type and checks.
 */
export function acceptParquetColumn(
  validator: ColumnValidator,
  column: DecodedColumn | undefined,
  rows: number,
  line: number,
  nulls: ReadonlySet<string> | undefined,
  nullBytes: ByteTexts | undefined,
  file: string,
): void {
  if (column === undefined) {
    acceptCells(validator, new Array(rows).fill(null), line, nulls, file);
    return;
  }
  const type = validator.spec.type ?? "string";
  if (type === "integer" || type === "number") {
    const numbers = column.numbers();
    if (numbers) {
      acceptDoubles(validator, numbers.values, numbers.present, line, file);
      return;
    }
  }
  const dictionary = keepsNothing(validator) ? column.dictionary() : undefined;
  if (dictionary) {
    acceptDictionaryCells(validator, dictionary, rows, line, nulls, file);
    return;
  }
  const textual = type === "string" || type === "category";
  if (
    textual &&
    validator.rules.length === 0 &&
    !validator.seen &&
    (nulls === undefined || !column.mayHoldText)
  ) {
    acceptPresence(validator, column.present(), rows, line, file);
    return;
  }
  const texts = textual && validator.byteTests !== undefined ? column.texts() : undefined;
  if (texts) acceptArrowTexts(validator, texts, rows, line, nullBytes, file);
  else acceptCells(validator, column.cells(), line, nulls, file);
}

/**
 * Whether `acceptParquetColumn` takes no more of a column than which values are null: a text or category
 * column without checks but the null check, nothing kept, and no texts that mean a missing value where a
 * cell may be text. (A column the decoder reads as an Arrow dictionary would take the dictionary's path,
 * with the same outcome: each entry passes, each null is one.)
 */
function countsNullsOnly(
  validator: ColumnValidator,
  column: ParquetColumnInfo,
  nullTexts: ReadonlySet<string> | undefined,
): boolean {
  if (!checksOnlyNulls(validator)) return false;
  return nullTexts === undefined || !column.mayHoldText;
}

/**
 * `validateParquetColumns` of a whole file into `validators`: the file's header (when it was read), rows
 * and problems, as the dataset's validation reports them.
 */
export async function validateParquetFile(
  file: string,
  validators: readonly ColumnValidator[],
  nulls: ReadonlySet<string> | undefined,
  nullBytes: ByteTexts | undefined,
  metadata?: FileMetaData,
): Promise<FileOutcome> {
  const outcome: FileOutcome = { rows: 0, problems: [] };
  for await (const event of validateParquetColumns(file, validators, nulls, nullBytes, metadata)) {
    if (event.kind === "problem") outcome.problems.push(event.problem);
    else if (event.kind === "header") outcome.columns = event.columns;
    else outcome.rows += event.rows;
  }
  return outcome;
}
