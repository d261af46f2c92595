// Evidently's default test per column (evidently 0.7.23, legacy/calculations/stattests/registry.py,
// `_get_default_stattest`), keyed by the reference's non-null size, the column type and the number of
// distinct non-null values of both samples together.
import type { TestName } from "./column-tests.ts";
import type { ColumnType } from "./column-type.ts";

export const EVIDENTLY_SMALL_REFERENCE = 1000;
/** Up to this many distinct values a numerical column is tested as categorical. */
const FEW_DISTINCT = 5;
/** The choice is the same for any distinct count from this one on: counting may stop there. */
export const EVIDENTLY_DISTINCT_ENOUGH = FEW_DISTINCT + 1;

export function evidentlyDefaultTest(
  referenceSize: number,
  type: "numerical" | "categorical",
  distinct: number,
): TestName {
  if (referenceSize <= EVIDENTLY_SMALL_REFERENCE) {
    if (type === "categorical" || distinct <= FEW_DISTINCT) return distinct > 2 ? "chisquare" : "z";
    return "ks";
  }
  if (type === "categorical" || distinct <= FEW_DISTINCT) return "jensenshannon";
  return "wasserstein";
}

export function isTestable(type: ColumnType): type is "numerical" | "categorical" {
  return type !== "text";
}
