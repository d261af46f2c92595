import type { FileMetaData } from "hyparquet";
import type { ColumnValidator } from "./column-validator.ts";
import { dictionaryChunkShape } from "./parquet-dictionary-chunk.ts";
import { nullCountsOf, topLevelNames } from "./parquet-null-counts.ts";

/** Which validators (by index) each thread takes. */
export interface ParquetColumnSplit {
  main: number[];
  worker: number[];
}

/**
 * A column's cost model, in nanoseconds of one thread, fitted to each bench column decoded and checked
 * alone (1M rows; numbers 17–19 ms, text 21–23 ms plus ~2 ms a MB, `unique` ids 28 ms): a value, a text
 * value, a text byte (uncompressed), and a value kept in a distinct set. Fitted to parquet-wasm's
 * decoding; the chunks read from their pages in JavaScript (`flatChunkShape`) cost less, numbers and
 * texts alike, and the bench's threads still end within 10–50 ms of each other with these weights.
 */
const VALUE_COST = 16;
const TEXT_VALUE_COST = 21;
/**
 * A value of a text column read as its dictionary (`dictionaryChunkShape`): 70 ms for the bench's
 * `country` at 10M rows, alone, against 227 ms for `income`, a double.
 */
const DICTIONARY_VALUE_COST = 7;
const TEXT_BYTE_COST = 2;
const DISTINCT_VALUE_COST = 10;

/**
 * Splits the validators of a Parquet file's columns between two threads, each column wholly to one, so
 * both have about the same to decode and check: the longest processing time first rule (Graham 1969),
 * each column, heaviest first, to the lighter thread (ties to the main thread). A
 * column weighs its values (more for text, and
 * for a distinct set) and its uncompressed text bytes, in every row group where it is decoded; one whose
 * checks need only its null count weighs nothing where the metadata tells that count exactly (it is not
 * decoded there). Undefined when
 * there is nothing to split: fewer than two columns to decode, or a name the file has twice.
 */
export function splitParquetColumns(
  metadata: FileMetaData,
  validators: readonly ColumnValidator[],
): ParquetColumnSplit | undefined {
  const weights = columnWeights(metadata, validators);
  if (!weights) return undefined;
  const candidates = validators
    .map((validator, index) => ({ index, weight: weights.get(validator.spec.name) ?? 0 }))
    .filter((candidate) => candidate.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  if (candidates.length < 2) return undefined;
  const split: ParquetColumnSplit = { main: [], worker: [] };
  // Both threads start on their columns at about the same moment (the worker loads the Parquet code while
  // this thread reads the schema and the footer, this one once the worker has its columns), and the merge
  // and the report wait for both: an allowance of 50 ms for them (at most a quarter of the columns)
  // left this thread idle 30-130 ms at the end of the bench's 1M-row file.
  let mainWeight = 0;
  let workerWeight = 0;
  for (const { index, weight } of candidates) {
    if (mainWeight <= workerWeight) {
      split.main.push(index);
      mainWeight += weight;
    } else {
      split.worker.push(index);
      workerWeight += weight;
    }
  }
  // Two threads at work, however light the columns: the heaviest goes here, the next to the worker.
  const taken = new Set(split.worker);
  split.main = validators.map((_, index) => index).filter((index) => !taken.has(index));
  return split;
}

/** Each schema column's weight by name (see `splitParquetColumns`); undefined for a repeated name. */
function columnWeights(
  metadata: FileMetaData,
  validators: readonly ColumnValidator[],
): Map<string, number> | undefined {
  const nullCounts = nullCountsOf(metadata);
  const byName = new Map(validators.map((validator) => [validator.spec.name, validator]));
  const weights = new Map<string, number>();
  const names = topLevelNames(metadata.schema);
  if (new Set(names).size !== names.length) return undefined;
  metadata.row_groups.forEach((group, g) => {
    const rows = Number(group.num_rows);
    for (const chunk of group.columns) {
      const name = chunk.meta_data?.path_in_schema[0];
      const validator = name === undefined ? undefined : byName.get(name);
      if (!validator || !chunk.meta_data) continue;
      const nulls = nullCounts[g]?.get(validator.spec.name);
      if (checksOnlyNulls(validator) && (nulls === 0 || nulls === rows)) continue;
      const { type, total_uncompressed_size: size } = chunk.meta_data;
      const text = type === "BYTE_ARRAY" || type === "FIXED_LEN_BYTE_ARRAY";
      const shape = dictionaryChunkShape(metadata, g, validator.spec.name);
      const dictionary = shape !== undefined && takesDictionary(validator, shape.numeric);
      const valueCost = dictionary
        ? rows * DICTIONARY_VALUE_COST
        : text
          ? rows * TEXT_VALUE_COST + Number(size) * TEXT_BYTE_COST
          : rows * VALUE_COST;
      const cost = valueCost + (validator.seen ? rows * DISTINCT_VALUE_COST : 0);
      weights.set(validator.spec.name, (weights.get(validator.spec.name) ?? 0) + cost);
    }
  });
  return weights;
}

/**
 * A column that keeps no statistics nor distinct values: a cell's outcome depends on its value alone, so
 * a dictionary's entries are checked once each (`acceptDictionaryCells`).
 */
export function keepsNothing(validator: ColumnValidator): boolean {
  return !validator.seen && !validator.moments && !validator.numbers;
}

/**
 * Whether the validator takes a column chunk read as its dictionary (`dictionaryChunkShape`): it keeps
 * nothing, and for numbers (doubles, as `acceptDoubles` takes them) it is an integer or number column.
 */
export function takesDictionary(validator: ColumnValidator, numeric: boolean): boolean {
  const type = validator.spec.type ?? "string";
  return keepsNothing(validator) && (!numeric || type === "integer" || type === "number");
}

/** A text or category column without checks but the null check, nothing kept. */
export function checksOnlyNulls(validator: ColumnValidator): boolean {
  const type = validator.spec.type ?? "string";
  return (
    (type === "string" || type === "category") && validator.rules.length === 0 && keepsNothing(validator)
  );
}
