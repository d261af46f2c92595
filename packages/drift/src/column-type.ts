// Column typing. `evidentlyColumnType` follows evidently 0.7.23's `infer_column_type` on the dtype pandas
// would give the column when reading the CSV: float -> numerical; int -> categorical when at most 10
// distinct values, else numerical; bool -> categorical; text -> "text" when more than half the non-null
// values are distinct, else categorical.
import { distinctCount } from "./binning.ts";
import type { ColumnProfile } from "./column-profile.ts";

export type ColumnType = "numerical" | "categorical" | "text";

export const INTEGER_CARDINALITY_LIMIT = 10;

/** The dtype pandas.read_csv would give the column. */
export function pandasDtype(profile: ColumnProfile): "float" | "int" | "bool" | "object" {
  if (profile.texts === 0) {
    return profile.nulls === 0 && profile.numbers > 0 && profile.integers === profile.numbers
      ? "int"
      : "float";
  }
  if (profile.numbers === 0 && profile.nulls === 0 && profile.booleans === profile.texts) return "bool";
  return "object";
}

export function evidentlyColumnType(profile: ColumnProfile): ColumnType {
  const dtype = pandasDtype(profile);
  if (dtype === "float") return "numerical";
  if (dtype === "int")
    return distinctCount(profile) <= INTEGER_CARDINALITY_LIMIT ? "categorical" : "numerical";
  if (dtype === "bool") return "categorical";
  return distinctCount(profile) > profile.nonNull * 0.5 ? "text" : "categorical";
}
