// Test data: a generated Parquet file with nulls and failures planted at random, and schemas for it.
import { mulberry32 as random } from "@mlops-actions/stats";
import {
  Table as ArrowTable,
  Bool,
  Date_,
  DateUnit,
  Dictionary,
  Float32,
  Float64,
  Int32,
  Int64,
  LargeUtf8,
  tableToIPC,
  Utf8,
  vectorFromArray,
} from "apache-arrow";
import {
  type Compression,
  type EnabledStatistics,
  Table,
  type WriterProperties,
  WriterPropertiesBuilder,
  type WriterVersion,
  writeParquet,
} from "parquet-wasm/node";
import { parseSchema } from "./parse-schema.ts";

/** Checks of every kind on the columns of `generatedParquet`, many of them failing. */
export const GENERATED = parseSchema(
  `
null-values: [NA, ""]
columns:
  id: { type: integer, unique: true, min: 1, stats: { mean: { min: 0 }, std: { min: 0 }, median: { min: 0 }, distinct: { min: 1 } } }
  count: { type: integer, min: 0, max: 90 }
  ratio: { type: number, min: -1, max: 1, stats: { mean: { min: 0 }, quantiles: { 0.1: { min: 0 }, 0.9: { max: 1 } } } }
  small: { type: number, unique: true }
  code: { pattern: "[A-Z]{2}-\\\\d{3}", length: { max: 6 } }
  label: { type: category, in: [red, green, blue, "grün"] }
  shade: { type: category, in: [red, green, blue], nullable: false }
  note: {}
  must: { nullable: false }
  flag: { type: boolean }
  day: { type: date, min: 2020-01-10 }
`,
  "generated.yml",
);

/** The text columns under checks that need each text (unique, distinct, format). */
export const GENERATED_TEXTS = parseSchema(
  `
columns:
  code: { unique: true, stats: { distinct: { min: 1 } } }
  label: { unique: true }
  shade: { unique: true, length: { max: 4 } }
  note: { type: integer }
  must: { format: email }
  flag: { nullable: false }
  day: {}
`,
  "texts.yml",
);

/**
 * The bytes of a Parquet file of `rows` rows with nulls and failures planted at random, `groupRows` rows a row group, with
 * the writer's statistics (parquet-wasm's default: with null counts) or as `statistics` says.
 */
export function generatedParquet(rows: number, groupRows: number, statistics?: EnabledStatistics): Buffer {
  const next = random(7);
  const make = <T>(value: (i: number) => T, nullShare = 0.05): (T | null)[] =>
    Array.from({ length: rows }, (_, i) => (next() < nullShare ? null : value(i)));
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(next() * choices.length)] as T;
  const colors = ["red", "green", "blue", "grün", "NA", "", "pink"];
  const table = new ArrowTable({
    id: vectorFromArray(
      make((i) => BigInt(next() < 0.01 ? Math.floor(next() * i) : i + 1)),
      new Int64(),
    ),
    count: vectorFromArray(
      make(() => Math.floor(next() * 100) - 5),
      new Int32(),
    ),
    ratio: vectorFromArray(
      make(() => (next() < 0.02 ? pick([Number.NaN, Number.POSITIVE_INFINITY, -0, 1.5]) : next() * 2 - 1)),
      new Float64(),
    ),
    small: vectorFromArray(
      make(() => Math.floor(next() * 1e6) / 8),
      new Float64(),
    ),
    code: vectorFromArray(
      make(() => pick(["AB-123", "XY-999", "ab-123", "AB-12345", "ÉÉ-000", "NA", "", "A\u0000-1"])),
      new Utf8(),
    ),
    label: vectorFromArray(
      make(() => pick(colors)),
      new Dictionary(new Utf8(), new Int32()),
    ),
    shade: vectorFromArray(
      make(() => pick(colors)),
      new LargeUtf8(),
    ),
    note: vectorFromArray(
      make(() => pick(["x", "NA", "12", ""])),
      new Utf8(),
    ),
    must: vectorFromArray(
      make(() => "v", 0.01),
      new Utf8(),
    ),
    flag: vectorFromArray(
      make(() => next() < 0.5),
      new Bool(),
    ),
    day: vectorFromArray(
      make(() => new Date(Date.UTC(2020, 0, 1 + Math.floor(next() * 40)))),
      new Date_(DateUnit.DAY),
    ),
    full: vectorFromArray(
      make(() => "v", 0),
      new Utf8(),
    ),
    // Every other row group only nulls.
    sparse: vectorFromArray(
      Array.from({ length: rows }, (_, i) => (Math.floor(i / groupRows) % 2 === 1 ? null : "s")),
      new Utf8(),
    ),
    gaps: vectorFromArray(
      Array.from({ length: rows }, (_, i) => (Math.floor(i / groupRows) % 2 === 0 ? null : i)),
      new Int32(),
    ),
  });
  let builder = new WriterPropertiesBuilder().setMaxRowGroupSize(groupRows);
  if (statistics !== undefined) builder = builder.setStatisticsEnabled(statistics);
  return writeArrowTable(table, builder.build());
}

/** Checks that depend on each value alone, on the columns of `lowCardinalityNumbers`. */
export const NUMBER_CHECKS = parseSchema(
  `
columns:
  age: { type: integer, nullable: false, min: 0, max: 120 }
  rating: { type: integer, min: 1, max: 3 }
  level: { type: number, min: 1 }
  weight: { type: number, max: 5, severity: warning }
`,
  "numbers.yml",
);

/**
 * A file of number columns of a few values each, which writers store as a dictionary and indices:
 * int64 ages with nulls and ages out of bounds, doubles with fractions, NaN, an infinity and -0 (in an
 * integer column), int32 levels and float weights. `groupRows` rows a row group.
 */
export function lowCardinalityNumbers(rows: number, groupRows: number): Buffer {
  const next = random(11);
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(next() * choices.length)] as T;
  const make = <T>(value: () => T, nullShare = 0.05): (T | null)[] =>
    Array.from({ length: rows }, () => (next() < nullShare ? null : value()));
  const table = new ArrowTable({
    age: vectorFromArray(
      make(() => BigInt(next() < 0.01 ? pick([-1, 200]) : Math.floor(next() * 90))),
      new Int64(),
    ),
    rating: vectorFromArray(
      make(() => pick([1, 2, 3, 2.5, Number.NaN, Number.POSITIVE_INFINITY, -0, 4])),
      new Float64(),
    ),
    level: vectorFromArray(
      make(() => Math.floor(next() * 7), 0),
      new Int32(),
    ),
    weight: vectorFromArray(
      make(() => pick([0.5, 1.25, 7, 3])),
      new Float32(),
    ),
  });
  const properties = new WriterPropertiesBuilder()
    .setMaxRowGroupSize(groupRows)
    .setDataPageSizeLimit(512)
    .build();
  return writeArrowTable(table, properties);
}

/** `table` written by parquet-wasm's writer with `properties`. */
export function writeArrowTable(table: ArrowTable, properties: WriterProperties): Buffer {
  return Buffer.from(writeParquet(Table.fromIPCStream(tableToIPC(table, "stream")), properties));
}

/**
 * The writer of the page readers' tests: `compression`, data pages of `version`, row groups of 1,000
 * rows and pages of ~128 bytes, so that a chunk has many pages and a file many row groups.
 */
export function smallPagesWriter(compression: Compression, version: WriterVersion): WriterPropertiesBuilder {
  return new WriterPropertiesBuilder()
    .setCompression(compression)
    .setWriterVersion(version)
    .setMaxRowGroupSize(1000)
    .setDataPageSizeLimit(128);
}

/** int64s at the edges of a double: past 2^53 (the nearest double when read), 0 and the extremes. */
export const EDGE_INT64S = [-(2n ** 62n), 2n ** 53n + 1n, 0n, -7n, 2n ** 63n - 1n];
/** Doubles at the edges: -0, NaN, an infinity, a large one. */
export const EDGE_DOUBLES = [0.5, Number.NaN, -0, Number.POSITIVE_INFINITY, 1e300, -2.25];
