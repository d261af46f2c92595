// Test helper: McNemar and quantile golden values written by scripts/golden/predictions_golden.py.
import { readFileSync } from "node:fs";

export interface McnemarQuantileGolden {
  generator: string;
  mcnemarCases: { b: number; c: number; pValue: number }[];
  quantiles: { values: number[]; q: number[]; expected: number[] };
}

export const mcnemarQuantileGolden = JSON.parse(
  readFileSync(new URL("../golden/mcnemar-quantile.json", import.meta.url), "utf8"),
) as McnemarQuantileGolden;
